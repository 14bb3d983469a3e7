package dev.docket.convert.docx;

import java.util.List;

/**
 * Something stacked vertically on a page: a line of a paragraph, paragraph spacing, a table row.
 * The composer decides where boxes go; {@link #draw} paints a box with its top-left corner at a
 * point, in points from the page's top-left corner.
 */
abstract class Box {
  /** Height in points. */
  float height;
  /** Must be on the same page as the box after it (keepNext, keepLines, widow/orphan control). */
  boolean keepWithNext;
  /** Starts a new page (a page break before it). */
  boolean breakBefore;

  abstract void draw(Canvas canvas, float x, float y);

  /** Footnotes referenced in this box, placed at the bottom of its page. */
  List<Footnote> notes() {
    return List.of();
  }

  /** Objects anchored to this box (the first line of their paragraph). */
  List<Floating> floats() {
    return List.of();
  }

  /** True when the box may be split across pages ({@link #split}). */
  boolean splittable() {
    return false;
  }

  /**
   * Splits the box so that the first part fits in {@code available} points.
   *
   * @return the two parts, or null when no part fits
   */
  Box[] split(float available) {
    return null;
  }
}
