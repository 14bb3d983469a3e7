package dev.docket.convert.docx;

import java.util.List;

/**
 * The fixed parts of a page: header and footer boxes and the body area between them. The body
 * starts below the header when the header is taller than the top margin allows, as in Word and
 * LibreOffice (ECMA-376 Part 1 §17.6.11). Lengths in points from the page's top.
 *
 * @param header header boxes, top down (maybe empty)
 * @param headerTop where the header starts
 * @param footer footer boxes, top down (maybe empty)
 * @param footerTop where the footer starts
 * @param bodyTop where body content starts
 * @param bodyBottom where body content (and footnotes) must end
 * @param floats objects anchored in the header and footer, placed
 */
record PageFrame(List<Box> header, float headerTop, List<Box> footer, float footerTop, float bodyTop,
    float bodyBottom, List<Placement> floats) {}
