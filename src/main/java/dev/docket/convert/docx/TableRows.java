package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * The structural helpers of {@link TableLayout}: finding rows and cells through content controls,
 * reading the column grid (ECMA-376 Part 1 §17.4.48 tblGrid), resolving one cell's margins,
 * borders and shading, and grouping rows bound by merged cells into {@link RowBox}es.
 */
final class TableRows {
  private TableRows() {}

  /** The rows of a table, also those wrapped in content controls or custom XML. */
  static List<XmlNode> rows(XmlNode tbl) {
    List<XmlNode> rows = new ArrayList<>();
    collect(tbl, "tr", rows);
    return rows;
  }

  /** The cells of a row, also those wrapped in content controls or custom XML. */
  static List<XmlNode> cells(XmlNode tr) {
    List<XmlNode> cells = new ArrayList<>();
    collect(tr, "tc", cells);
    return cells;
  }

  private static void collect(XmlNode parent, String name, List<XmlNode> out) {
    for (XmlNode c : parent.children()) {
      if (c.name.equals(name)) {
        out.add(c);
      } else if (c.name.equals("sdt")) {
        XmlNode content = c.child("sdtContent");
        if (content != null) {
          collect(content, name, out);
        }
      } else if (c.name.equals("customXml")) {
        collect(c, name, out);
      }
    }
  }

  /**
   * Column widths in points: the grid, scaled to a percentage width; else even columns. A
   * percentage above 100 counts as 100: Writer's relative table width stops at the text area
   * (bug65649.docx: {@code tblW 5166 pct}, 103 %, is as wide as the text area in LibreOffice's PDF).
   */
  static float[] grid(XmlNode tbl, List<XmlNode> rows, TableProps props, float available) {
    XmlNode tblGrid = tbl.child("tblGrid");
    List<XmlNode> cols = tblGrid == null ? List.of() : tblGrid.children("gridCol");
    float[] grid = new float[cols.size()];
    float sum = 0;
    for (int i = 0; i < grid.length; i++) {
      grid[i] = Math.max(0, Units.twips(cols.get(i).attr("w"), 0));
      sum += grid[i];
    }
    if (grid.length == 0 || sum <= 0) {
      int n = Math.max(grid.length, maxCells(rows));
      grid = new float[Math.max(1, n)];
      float target = props.width > 0 ? props.width : props.width < 0 ? percent(props) * available : available;
      java.util.Arrays.fill(grid, target / grid.length);
      return grid;
    }
    if (props.width < 0) {
      float scale = percent(props) * available / sum;
      for (int i = 0; i < grid.length; i++) {
        grid[i] *= scale;
      }
    }
    return grid;
  }

  /** A percentage table width as a fraction of the text area, at most 1. */
  private static float percent(TableProps props) {
    return Math.min(1, -props.width);
  }

  private static int maxCells(List<XmlNode> rows) {
    int max = 0;
    for (XmlNode tr : rows) {
      int n = 0;
      for (XmlNode tc : cells(tr)) {
        XmlNode tcPr = tc.child("tcPr");
        n += Math.max(1, tcPr == null ? 1 : Units.integer(tcPr.childVal("gridSpan"), 1));
      }
      max = Math.max(max, n);
    }
    return max;
  }

  /** A cell's geometry and decoration; its content is filled in by the caller. */
  static Cell cell(XmlNode tcPr, TableProps t, float[] grid, int start, int end, int row, int rows) {
    Cell c = new Cell();
    c.gridStart = start;
    c.gridEnd = end;
    for (int i = 0; i < start; i++) {
      c.x += grid[i];
    }
    for (int i = start; i < end; i++) {
      c.width += grid[i];
    }
    c.marginTop = t.marginTop;
    c.marginBottom = t.marginBottom;
    c.marginLeft = t.marginLeft;
    c.marginRight = t.marginRight;
    c.top = row == 0 ? t.top : t.insideH;
    c.bottom = row == rows - 1 ? t.bottom : t.insideH;
    c.left = start == 0 ? t.left : t.insideV;
    c.right = end >= grid.length ? t.right : t.insideV;
    c.shading = t.shading;
    c.lastRow = row == rows - 1;
    if (tcPr != null) {
      own(c, tcPr);
    }
    return c;
  }

  private static void own(Cell c, XmlNode tcPr) {
    for (XmlNode p : tcPr.children()) {
      switch (p.name) {
        case "shd" -> c.shading = PropertyReader.shading(p);
        case "vAlign" -> c.vAlign = p.attr("val") == null ? "top" : p.attr("val");
        case "tcBorders" -> {
          for (XmlNode b : p.children()) {
            Border border = Border.of(b);
            switch (b.name) {
              case "top" -> c.top = border;
              case "bottom" -> c.bottom = border;
              case "left", "start" -> c.left = border;
              case "right", "end" -> c.right = border;
              default -> { }
            }
          }
        }
        case "tcMar" -> {
          for (XmlNode m : p.children()) {
            float v = TableProps.width(m, Float.NaN);
            if (Float.isNaN(v) || v < 0) {
              continue;
            }
            switch (m.name) {
              case "top" -> c.marginTop = v;
              case "bottom" -> c.marginBottom = v;
              case "left", "start" -> c.marginLeft = v;
              case "right", "end" -> c.marginRight = v;
              default -> { }
            }
          }
        }
        default -> { }
      }
    }
  }

  /** Groups rows joined by vertically merged cells into row boxes; header rows come first. */
  static List<Box> group(List<List<Cell>> cells, float[] heights, List<XmlNode> trPrs, float x) {
    List<Box> boxes = new ArrayList<>();
    List<RowBox> headers = new ArrayList<>();
    int r = 0;
    while (r < cells.size()) {
      int end = r + 1;
      for (int i = r; i < end && i < cells.size(); i++) {
        for (Cell c : cells.get(i)) {
          end = Math.max(end, Math.min(cells.size(), c.rowStart + c.rowSpan));
        }
      }
      List<Cell> groupCells = new ArrayList<>();
      boolean cantSplit = false;
      boolean header = headers.size() == boxes.size();
      for (int i = r; i < end; i++) {
        for (Cell c : cells.get(i)) {
          c.rowStart -= r;
          groupCells.add(c);
        }
        XmlNode trPr = trPrs.get(i);
        cantSplit |= trPr != null && Units.onOff(trPr.child("cantSplit"));
        header &= trPr != null && Units.onOff(trPr.child("tblHeader"));
      }
      RowBox box = new RowBox(groupCells, java.util.Arrays.copyOfRange(heights, r, end), x, header, cantSplit);
      if (header) {
        headers.add(box);
      }
      boxes.add(box);
      r = end;
    }
    List<RowBox> repeat = headers.size() == boxes.size() ? List.of() : List.copyOf(headers);
    for (Box b : boxes) {
      ((RowBox) b).headers = repeat;
    }
    return boxes;
  }
}
