package dev.docket.convert.docx;

/**
 * A box put on a page: its top-left corner in points from the page's top-left corner, and the box
 * it belongs to when it was placed because of another (a float's anchor line), else null.
 */
record Placement(Box box, float x, float y, Box owner) {}
