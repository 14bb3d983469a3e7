package dev.docket.convert;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.draw.DrawFactory;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableProperties;

/**
 * Places the cells of a pptx table ({@code a:tbl}, ECMA-376 §21.1.3.13) as LibreOffice does: each
 * row is as high as its saved height ({@code a:tr/@h}) or as its tallest cell's text plus the
 * cell's margins ({@link CellMargins}), whichever is more, and rows and columns follow each other
 * without gaps (right to left when the table says {@code rtl}). POI's own placement ({@code XSLFTable.updateCellAnchor}) measures text its own way
 * and leaves two points between rows and columns. Lengths in points.
 */
final class SlideTables {
  private SlideTables() {}

  /** Sets every cell's anchor; POI then draws the cells where they are. */
  static void layOut(XSLFTable table, Graphics2D graphics) {
    int rows = table.getNumberOfRows();
    int cols = table.getNumberOfColumns();
    double[] widths = new double[cols];
    for (int col = 0; col < cols; col++) {
      widths[col] = table.getColumnWidth(col);
    }
    double[] heights = new double[rows];
    DrawFactory factory = DrawFactory.getInstance(graphics);
    for (int row = 0; row < rows; row++) {
      heights[row] = table.getRowHeight(row);
      for (int col = 0; col < cols; col++) {
        XSLFTableCell cell = table.getCell(row, col);
        if (cell != null && cell.getGridSpan() == 1 && cell.getRowSpan() == 1
            && !cell.isMerged()) {
          heights[row] = Math.max(heights[row], needed(cell, widths[col], factory, graphics));
        }
      }
    }
    place(table, widths, heights);
  }

  private static double needed(XSLFTableCell cell, double width, DrawFactory factory,
      Graphics2D graphics) {
    cell.setAnchor(new Rectangle2D.Double(0, 0, width, 0));
    Insets2D insets = CellMargins.of(cell);
    return factory.getDrawable(cell).getTextHeight(graphics) + insets.top + insets.bottom;
  }

  /** Rows top down; columns left to right, or right to left in a right-to-left table. */
  private static void place(XSLFTable table, double[] widths, double[] heights) {
    Rectangle2D frame = table.getAnchor();
    CTTableProperties pr = table.getCTTable().getTblPr();
    boolean rtl = pr != null && pr.getRtl();
    double y = frame.getY();
    for (int row = 0; row < heights.length; row++) {
      double x = rtl ? frame.getX() + sum(widths, 0, widths.length) : frame.getX();
      for (int col = 0; col < widths.length; col++) {
        XSLFTableCell cell = table.getCell(row, col);
        double width = cell == null ? 0 : sum(widths, col, cell.getGridSpan());
        if (cell != null) {
          cell.setAnchor(new Rectangle2D.Double(rtl ? x - width : x, y, width,
              sum(heights, row, cell.getRowSpan())));
        }
        x += rtl ? -widths[col] : widths[col];
      }
      y += heights[row];
    }
  }

  private static double sum(double[] values, int from, int count) {
    double total = 0;
    for (int i = from; i < Math.min(values.length, from + Math.max(count, 1)); i++) {
      total += values[i];
    }
    return total;
  }
}
