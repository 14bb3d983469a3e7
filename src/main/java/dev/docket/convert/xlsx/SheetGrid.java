package dev.docket.convert.xlsx;

import java.util.Arrays;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetFormatPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * Column widths and row heights of one sheet in twips (1/20 point, the unit LibreOffice paginates
 * in), hidden ones 0. A column width in the file counts characters of the default font's widest
 * digit (ECMA-376 §18.3.1.13); a sheet without widths uses {@code defaultColWidth}, else
 * {@code baseColWidth} digits plus 5 pixels of padding. Rows use their {@code ht}, else the
 * sheet's default height.
 */
final class SheetGrid {
  /** Excel's last column index (XFD). */
  static final int MAX_COL = 16_383;
  /** Excel's last row index. */
  static final int MAX_ROW = 1_048_575;
  /** LibreOffice's row height when a sheet names none: 0.1782 inch. */
  private static final int DEFAULT_ROW_TWIPS = 256;
  private static final double PADDING_PT = 5 * 0.75;

  private final XSSFSheet sheet;
  private final int[] colTwips;
  private final int defaultColTwips;
  private final int defaultRowTwips;
  private final boolean rowsHiddenByDefault;
  /** Rows grown to fit wrapped text, row index to twips. */
  private final java.util.Map<Integer, Integer> grown = new java.util.HashMap<>();

  SheetGrid(XSSFSheet sheet, double digitWidthPt) {
    this.sheet = sheet;
    CTWorksheet ws = sheet.getCTWorksheet();
    CTSheetFormatPr format = ws.isSetSheetFormatPr() ? ws.getSheetFormatPr() : null;
    double defaultChars = 8.5;
    if (format != null && format.isSetDefaultColWidth() && format.getDefaultColWidth() > 0) {
      defaultChars = format.getDefaultColWidth();
    } else if (format != null) {
      long base = format.isSetBaseColWidth() ? format.getBaseColWidth() : 8;
      defaultChars = (base * digitWidthPt + PADDING_PT) / digitWidthPt;
    }
    this.defaultColTwips = twips(defaultChars * digitWidthPt);
    this.defaultRowTwips = format != null && format.getDefaultRowHeight() > 0
        ? twips(format.getDefaultRowHeight()) : DEFAULT_ROW_TWIPS;
    this.rowsHiddenByDefault = format != null && format.getZeroHeight();
    this.colTwips = columns(ws, digitWidthPt);
  }

  private int[] columns(CTWorksheet ws, double digitWidthPt) {
    int last = -1;
    for (CTCols cols : ws.getColsArray()) {
      for (CTCol col : cols.getColArray()) {
        last = Math.max(last, (int) Math.min(col.getMax(), MAX_COL + 1) - 1);
      }
    }
    int[] widths = new int[last + 1];
    Arrays.fill(widths, defaultColTwips);
    for (CTCols cols : ws.getColsArray()) {
      for (CTCol col : cols.getColArray()) {
        int from = (int) Math.max(1, col.getMin()) - 1;
        int to = (int) Math.min(col.getMax(), MAX_COL + 1) - 1;
        int width = col.getHidden() ? 0
            : col.isSetWidth() ? twips(col.getWidth() * digitWidthPt) : defaultColTwips;
        for (int c = from; c <= to; c++) {
          widths[c] = width;
        }
      }
    }
    return widths;
  }

  private static int twips(double points) {
    return (int) Math.round(points * 20);
  }

  /** Width of a column in twips, 0 when hidden. */
  int colTwips(int col) {
    return col < colTwips.length ? colTwips[col] : defaultColTwips;
  }

  /** Makes a row at least this tall (points). */
  void growRow(int row, float points) {
    int needed = twips(points);
    if (needed > rowTwips(row)) {
      grown.put(row, needed);
    }
  }

  /** Height of a row in twips, 0 when hidden. */
  int rowTwips(int row) {
    Integer override = grown.get(row);
    if (override != null) {
      return override;
    }
    XSSFRow r = sheet.getRow(row);
    if (r == null) {
      return rowsHiddenByDefault ? 0 : defaultRowTwips;
    }
    if (r.getZeroHeight()) {
      return 0;
    }
    return r.getCTRow().isSetHt() ? twips(r.getCTRow().getHt()) : defaultRowTwips;
  }

  /** Width of a column in points. */
  float colWidth(int col) {
    return colTwips(col) / 20f;
  }

  /** Height of a row in points. */
  float rowHeight(int row) {
    return rowTwips(row) / 20f;
  }
}
