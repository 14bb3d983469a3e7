package dev.docket.convert.xlsx;

/**
 * Accounting number formats ({@code _($* #,##0.00_)}) repeat a fill character ({@code * }) between
 * the currency sign and the number, so the sign sits at the cell's left edge and the number at its
 * right. DataFormatter writes the fill as a run of spaces; this splits the text there.
 */
final class Accounting {
  /** The text left of the fill, the text right of it, and whether a {@code _)} pad follows. */
  record Parts(String left, String right, boolean padRight) {}

  private Accounting() {}

  /** The parts, or {@code null} when the format has no fill or the text no gap. */
  static Parts split(String format, String shown) {
    if (format == null || !format.contains("* ")) {
      return null;
    }
    int gap = shown.indexOf("  ");
    if (gap <= 0) {
      return null;
    }
    String left = shown.substring(0, gap).strip();
    String right = shown.substring(gap).strip();
    if (right.matches("-\\s*0")) {
      right = "-"; // the zero section "-"?? (DataFormatter prints a digit for the ?? pads)
    }
    String section = format.split(";", 2)[0];
    return left.isEmpty() || right.isEmpty() ? null
        : new Parts(left, right, section.endsWith("_)") || section.endsWith("_-"));
  }
}
