package dev.docket.convert.docx;

/**
 * Column widths as LibreOffice ends up with them for a Word table: it keeps the boundaries between
 * columns as table column separators in ten-thousandths of the table's width (rounded), and turns
 * them back into whole twips (truncated) when it lays the table out (writerfilter's
 * {@code TableColumnSeparators}, relative sum 10000, applied by {@code SwTable::SetTabCols}). A
 * column can so lose a twip, and a word that exactly fills its cell wraps: bug57031's "DF" (320
 * twips) in a 470-twip column with 75-twip margins is set on two lines by LibreOffice, while
 * "Treatment" (1093 twips) in a 1243-twip column of another table fits. Measured on bug57031's six
 * such cells, all as this model predicts.
 */
final class ColumnSeparators {
  /** LibreOffice's relative sum of a table's column separators. */
  private static final long RELATIVE_SUM = 10_000;

  private ColumnSeparators() {}

  /**
   * The grid's column widths after the round trip through separators.
   *
   * @param grid column widths, points
   * @return the widths, points, in whole twips; the table's total width unchanged
   */
  static float[] quantize(float[] grid) {
    long[] twips = new long[grid.length];
    long total = 0;
    for (int i = 0; i < grid.length; i++) {
      twips[i] = Math.round(grid[i] * 20);
      total += twips[i];
    }
    if (grid.length < 2 || total <= 0) {
      return grid;
    }
    float[] out = new float[grid.length];
    long sum = 0;
    long previous = 0;
    for (int i = 0; i < grid.length - 1; i++) {
      sum += twips[i];
      long relative = Math.round(sum * (double) RELATIVE_SUM / total);
      long position = Math.max(previous, relative * total / RELATIVE_SUM);
      out[i] = (position - previous) / 20f;
      previous = position;
    }
    out[grid.length - 1] = (total - previous) / 20f;
    return out;
  }
}
