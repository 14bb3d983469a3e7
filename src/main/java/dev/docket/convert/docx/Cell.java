package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * One table cell laid out (ECMA-376 Part 1 §17.4.66 tcPr): where it sits in the row group (grid
 * columns, rows spanned by vertical merging), its margins, borders, shading and vertical
 * alignment, and its content as boxes at the cell's text width. Lengths in points, x from the
 * table's left edge.
 */
final class Cell {
  int gridStart;
  int gridEnd;
  int rowStart;
  int rowSpan = 1;
  float x;
  float width;
  float marginTop;
  float marginBottom;
  float marginLeft;
  float marginRight;
  Border top;
  Border bottom;
  Border left;
  Border right;
  int shading = -1;
  /** {@code top}, {@code center} or {@code bottom}. */
  String vAlign = "top";
  List<Box> content = List.of();

  /** The cell is in the table's last row (its bottom border takes room too). */
  boolean lastRow;

  /**
   * Room above the content taken by borders, points: set by {@link TableLayout} to the row's
   * border space ({@link TableLayout#topSpace}); NaN means this cell's own top border.
   */
  float topSpace = Float.NaN;

  /**
   * Height of the content plus the margins, the top border and, in the table's last row, the
   * bottom border: LibreOffice lays borders out inside the rows they belong to.
   */
  float contentHeight() {
    float h = marginTop + marginBottom + borderTop() + (lastRow && bottom != null ? bottom.width() : 0);
    for (Box b : content) {
      h += b.height;
    }
    return h;
  }

  /** A copy with other content and row position (for the parts of a split row). */
  Cell with(List<Box> newContent, int newRowStart, int newRowSpan) {
    Cell c = new Cell();
    c.gridStart = gridStart;
    c.gridEnd = gridEnd;
    c.rowStart = newRowStart;
    c.rowSpan = newRowSpan;
    c.x = x;
    c.width = width;
    c.marginTop = marginTop;
    c.marginBottom = marginBottom;
    c.marginLeft = marginLeft;
    c.marginRight = marginRight;
    c.top = top;
    c.bottom = bottom;
    c.left = left;
    c.right = right;
    c.shading = shading;
    c.vAlign = vAlign;
    c.lastRow = lastRow;
    c.topSpace = topSpace;
    c.content = new ArrayList<>(newContent);
    return c;
  }

  void draw(Canvas canvas, float tableX, float top, float height) {
    float cx = tableX + x;
    if (shading >= 0 && shading != 0xFFFFFF) {
      canvas.fill(cx, top, width, height, shading);
    }
    float free = height - contentHeight();
    float cy = top + marginTop + borderTop() + switch (vAlign) {
      case "center" -> Math.max(0, free / 2);
      case "bottom" -> Math.max(0, free);
      default -> 0;
    };
    for (Box b : content) {
      b.draw(canvas, cx + marginLeft, cy);
      cy += b.height;
    }
    edge(canvas, this.top, cx, top, cx + width, top);
    edge(canvas, this.bottom, cx, top + height, cx + width, top + height);
    edge(canvas, left, cx, top, cx, top + height);
    edge(canvas, right, cx + width, top, cx + width, top + height);
  }

  private float borderTop() {
    if (!Float.isNaN(topSpace)) {
      return topSpace;
    }
    return top == null ? 0 : top.width();
  }

  private static void edge(Canvas canvas, Border b, float x1, float y1, float x2, float y2) {
    if (b != null) {
      canvas.line(x1, y1, x2, y2, b.width(), b.color(), b.style());
    }
  }
}
