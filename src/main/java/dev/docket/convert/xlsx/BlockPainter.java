package dev.docket.convert.xlsx;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Paints one block of a page (body, title rows, title columns or their corner) in LibreOffice's
 * order: backgrounds, gridlines (when the sheet prints them), borders, then text. Merged cells
 * are painted as one rectangle with their first cell's style and text, also when they start on
 * an earlier page.
 */
final class BlockPainter {
  private static final int GRID_RGB = 0x000000;
  private static final float GRID_WIDTH = 0.3f;

  private final Painter painter;
  private final SheetPlan plan;
  private final XSSFSheet sheet;
  private final SheetCells cells;
  private final ViewAxis cols;
  private final ViewAxis rows;
  private final CellPainter text;

  BlockPainter(Painter painter, SheetPlan plan, ViewAxis cols, ViewAxis rows) {
    this.painter = painter;
    this.plan = plan;
    this.sheet = plan.sheet();
    this.cells = plan.cells();
    this.cols = cols;
    this.rows = rows;
    this.text = new CellPainter(painter, cells);
  }

  void paint(int rs, int cs) throws IOException {
    backgrounds(rs, cs);
    if (plan.setup().gridlines()) {
      gridlines(rs, cs);
    }
    borders(rs, cs);
    texts(rs, cs);
  }

  private void backgrounds(int rs, int cs) throws IOException {
    for (int r = rows.first(rs); r <= rows.last(rs); r++) {
      float h = rows.size(r);
      if (h <= 0) {
        continue;
      }
      XSSFRow row = sheet.getRow(r);
      for (int c = cols.first(cs); c <= cols.last(cs); c++) {
        float w = cols.size(c);
        if (w <= 0 || cells.merges().at(r, c) != null) {
          continue;
        }
        CellLook look = cells.lookAt(row, c);
        if (look.fillRgb() >= 0) {
          painter.fill(cols.pos(cs, c), rows.pos(rs, r), w, h, look.fillRgb());
        }
      }
    }
    for (CellRangeAddress m : merges(rs, cs)) {
      CellLook look = cells.lookAt(sheet.getRow(m.getFirstRow()), m.getFirstColumn());
      if (look.fillRgb() >= 0) {
        float[] rect = rect(m, rs, cs);
        painter.fill(rect[0], rect[1], rect[2], rect[3], look.fillRgb());
      }
    }
  }

  private void gridlines(int rs, int cs) throws IOException {
    float x0 = cols.start(cs);
    float x1 = cols.end(cs);
    float y0 = rows.start(rs);
    float y1 = rows.end(rs);
    painter.line(x0, y0, x1, y0, GRID_WIDTH, GRID_RGB, new float[0]);
    painter.line(x0, y0, x0, y1, GRID_WIDTH, GRID_RGB, new float[0]);
    for (int r = rows.first(rs); r <= rows.last(rs); r++) {
      float y = rows.pos(rs, r);
      float h = rows.size(r);
      for (int c = cols.first(cs); c <= cols.last(cs); c++) {
        float x = cols.pos(cs, c);
        float w = cols.size(c);
        CellRangeAddress m = cells.merges().at(r, c);
        if (w > 0 && h > 0 && (m == null || c == m.getLastColumn())) {
          painter.line(x + w, y, x + w, y + h, GRID_WIDTH, GRID_RGB, new float[0]);
        }
        if (w > 0 && h > 0 && (m == null || r == m.getLastRow())) {
          painter.line(x, y + h, x + w, y + h, GRID_WIDTH, GRID_RGB, new float[0]);
        }
      }
    }
  }

  private void borders(int rs, int cs) throws IOException {
    for (int r = rows.first(rs); r <= rows.last(rs); r++) {
      float h = rows.size(r);
      if (h <= 0) {
        continue;
      }
      XSSFRow row = sheet.getRow(r);
      float y = rows.pos(rs, r);
      for (int c = cols.first(cs); c <= cols.last(cs); c++) {
        float w = cols.size(c);
        if (w <= 0) {
          continue;
        }
        CellLook look = cells.lookAt(row, c);
        CellRangeAddress m = cells.merges().at(r, c);
        float x = cols.pos(cs, c);
        if (look.top().visible() && (m == null || r == m.getFirstRow())) {
          BorderLines.draw(painter, look.top(), x, y, x + w, y);
        }
        if (look.bottom().visible() && (m == null || r == m.getLastRow())) {
          BorderLines.draw(painter, look.bottom(), x, y + h, x + w, y + h);
        }
        if (look.left().visible() && (m == null || c == m.getFirstColumn())) {
          BorderLines.draw(painter, look.left(), x, y, x, y + h);
        }
        if (look.right().visible() && (m == null || c == m.getLastColumn())) {
          BorderLines.draw(painter, look.right(), x + w, y, x + w, y + h);
        }
      }
    }
  }

  private void texts(int rs, int cs) throws IOException {
    for (int r = rows.first(rs); r <= rows.last(rs); r++) {
      float h = rows.size(r);
      XSSFRow row = sheet.getRow(r);
      if (h <= 0 || row == null) {
        continue;
      }
      float y = rows.pos(rs, r);
      for (int c = cols.first(cs); c <= cols.last(cs); c++) {
        XSSFCell cell = row.getCell(c);
        float w = cols.size(c);
        if (w <= 0 || !cells.hasValue(cell) || cells.merges().at(r, c) != null) {
          continue;
        }
        CellLook look = cells.look(cell);
        float x = cols.pos(cs, c);
        float[] spill = spill(row, cell, look, cs, c, x, w);
        text.text(cell, look, x, y, w, h, spill[0], spill[1]);
      }
    }
    for (CellRangeAddress m : merges(rs, cs)) {
      XSSFRow row = sheet.getRow(m.getFirstRow());
      XSSFCell cell = row == null ? null : row.getCell(m.getFirstColumn());
      if (cells.hasValue(cell)) {
        float[] rect = rect(m, rs, cs);
        text.text(cell, cells.look(cell), rect[0], rect[1], rect[2], rect[3], rect[0],
            rect[0] + rect[2]);
      }
    }
  }

  /** How far unwrapped text may reach: over empty neighbours within this block. */
  private float[] spill(XSSFRow row, XSSFCell cell, CellLook look, int cs, int c, float x,
      float w) {
    float left = x;
    float right = x + w;
    HorizontalAlignment align = look.horizontal();
    if (look.wrap() || cells.texts().kind(cell) != CellTexts.Kind.TEXT
        || !SheetContent.overflows(align)) {
      return new float[] {left, right};
    }
    boolean toRight = align != HorizontalAlignment.RIGHT;
    boolean toLeft = align == HorizontalAlignment.RIGHT || align == HorizontalAlignment.CENTER;
    for (int n = c + 1; toRight && n <= cols.last(cs) && free(row, n); n++) {
      right += cols.size(n);
    }
    for (int n = c - 1; toLeft && n >= cols.first(cs) && free(row, n); n--) {
      left -= cols.size(n);
    }
    return new float[] {left, right};
  }

  private boolean free(XSSFRow row, int col) {
    return !cells.hasValue(row.getCell(col)) && cells.merges().at(row.getRowNum(), col) == null;
  }

  private List<CellRangeAddress> merges(int rs, int cs) {
    return cells.merges().within(rows.first(rs), cols.first(cs), rows.last(rs), cols.last(cs));
  }

  /** x, y, width, height of a merged range, placed relative to this block. */
  private float[] rect(CellRangeAddress m, int rs, int cs) {
    float x = cols.pos(cs, m.getFirstColumn());
    float y = rows.pos(rs, m.getFirstRow());
    float w = cols.pos(cs, m.getLastColumn()) + cols.size(m.getLastColumn()) - x;
    float h = rows.pos(rs, m.getLastRow()) + rows.size(m.getLastRow()) - y;
    return new float[] {x, y, w, h};
  }
}
