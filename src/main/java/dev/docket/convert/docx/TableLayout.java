package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a table ({@code w:tbl}, ECMA-376 Part 1 §17.4) into {@link RowBox}es: column widths from
 * the grid ({@code w:tblGrid}), cells spanning grid columns ({@code w:gridSpan}) and merged
 * vertically ({@code w:vMerge}), row heights from content and {@code w:trHeight}, borders resolved
 * per cell edge (cell borders, else the table's outer or inside borders), header rows marked for
 * repetition.
 */
final class TableLayout {
  private final DocContext ctx;
  private final FlowBuilder flow;

  TableLayout(DocContext ctx, FlowBuilder flow) {
    this.ctx = ctx;
    this.flow = flow;
  }

  List<Box> layout(XmlNode tbl, InlineCollector collector, float available) {
    TableProps props = TableProps.of(tbl.child("tblPr"), ctx.styles);
    List<XmlNode> rows = TableRows.rows(tbl);
    float[] grid = ColumnSeparators.quantize(TableRows.grid(tbl, rows, props, available));
    float tableWidth = 0;
    for (float g : grid) {
      tableWidth += g;
    }
    float x = switch (props.align) {
      case "center" -> (available - tableWidth) / 2;
      case "right", "end" -> available - tableWidth;
      default -> props.indent - (ctx.compatibilityMode < 15 ? props.marginLeft : 0);
    };
    List<List<Cell>> cells = new ArrayList<>();
    List<XmlNode> trPrs = new ArrayList<>();
    List<Cell> fillers = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      XmlNode tr = rows.get(r);
      trPrs.add(tr.child("trPr"));
      cells.add(rowCells(tr, r, rows.size(), grid, props, collector, cells));
      fillers.add(gridAfterFiller(tr.child("trPr"), r, rows.size(), grid, props, collector));
    }
    if (props.bidi) {
      mirror(cells, tableWidth);
    }
    for (int r = 0; r < rows.size(); r++) {
      float space = topSpace(cells, r);
      for (Cell c : cells.get(r)) {
        c.topSpace = space;
      }
      if (fillers.get(r) != null) {
        fillers.get(r).topSpace = space;
      }
    }
    float[] heights = new float[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      Cell filler = fillers.get(r);
      heights[r] = rowHeight(cells.get(r), trPrs.get(r), filler == null ? 0 : filler.contentHeight())
          + spacing(props, cells, r);
    }
    stretchMerged(cells, heights);
    List<Box> boxes = TableRows.group(cells, heights, trPrs, x);
    for (Box b : boxes) {
      ((RowBox) b).keepCentredCells = props.spacingDeclared;
    }
    return boxes;
  }

  /**
   * A right-to-left table (§17.4.1 bidiVisual) has its first grid column on the right: each cell
   * goes to the mirrored place, and its left and right borders and margins change sides, as Word
   * and LibreOffice show such tables.
   */
  private static void mirror(List<List<Cell>> cells, float tableWidth) {
    for (List<Cell> row : cells) {
      for (Cell c : row) {
        c.x = tableWidth - c.x - c.width;
        Border left = c.left;
        c.left = c.right;
        c.right = left;
        float margin = c.marginLeft;
        c.marginLeft = c.marginRight;
        c.marginRight = margin;
      }
    }
  }

  private List<Cell> rowCells(XmlNode tr, int r, int rowCount, float[] grid, TableProps props,
      InlineCollector collector, List<List<Cell>> previousRows) {
    List<Cell> row = new ArrayList<>();
    XmlNode trPr = tr.child("trPr");
    int col = trPr == null ? 0 : Units.integer(trPr.childVal("gridBefore"), 0);
    for (XmlNode tc : TableRows.cells(tr)) {
      XmlNode tcPr = tc.child("tcPr");
      int span = Math.max(1, tcPr == null ? 1 : Units.integer(tcPr.childVal("gridSpan"), 1));
      int start = Math.min(col, grid.length - 1);
      int end = Math.min(grid.length, Math.max(start + 1, col + span));
      col += span;
      XmlNode vMerge = tcPr == null ? null : tcPr.child("vMerge");
      if (vMerge != null && !"restart".equals(vMerge.attr("val")) && extend(previousRows, start)) {
        continue;
      }
      Cell cell = TableRows.cell(tcPr, props, grid, start, end, r, rowCount);
      cell.rowStart = r;
      float textWidth = Math.max(1, cell.width - cell.marginLeft - cell.marginRight);
      cell.content = flow.build(tc.children(), collector, props.styleId, textWidth, true);
      if (cell.top == null) {
        for (Box box : cell.content) {
          if (box instanceof LineBox line) {
            line.dropCellGap();
          }
        }
      }
      row.add(cell);
    }
    return row;
  }

  /**
   * The cell LibreOffice adds for a row's {@code w:gridAfter} columns, or null: Writer's DOCX import
   * fills the grid columns a row leaves out at its end with an empty cell holding one empty
   * paragraph of the default style, drawn without borders but as high as that paragraph (with its
   * spacing after), so the row is at least that high (stress015 page 3: rows with {@code
   * gridAfter} are 24 pt, one Carlito 11 pt line plus 10 pt after, the rows without it 19 pt).
   * Never drawn.
   */
  private Cell gridAfterFiller(XmlNode trPr, int r, int rowCount, float[] grid, TableProps props,
      InlineCollector collector) {
    int after = trPr == null ? 0 : Units.integer(trPr.childVal("gridAfter"), 0);
    if (after <= 0 || after >= grid.length) {
      return null;
    }
    Cell filler = TableRows.cell(null, props, grid, grid.length - after, grid.length, r, rowCount);
    filler.top = null;
    filler.bottom = null;
    float textWidth = Math.max(1, filler.width - filler.marginLeft - filler.marginRight);
    filler.content = flow.build(List.of(XmlNode.empty("p")), collector, props.styleId, textWidth, true);
    return filler;
  }

  /** Extends the cell above (in an earlier row) that starts at this grid column; false if none. */
  private static boolean extend(List<List<Cell>> previousRows, int gridStart) {
    for (int r = previousRows.size() - 1; r >= 0; r--) {
      for (Cell c : previousRows.get(r)) {
        if (c.gridStart == gridStart && c.rowStart + c.rowSpan == previousRows.size()) {
          c.rowSpan++;
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The border room at the top of every cell of row {@code r}, points: the widest top border of
   * the cells starting in the row, or the widest bottom border of the cells ending just above it
   * if wider. LibreOffice lays Word tables out with collapsing borders this way (Writer's
   * {@code SwRowFrame::Format}: the row's "top margin for lowers" is the maximum over its cells,
   * and at least the previous row's bottom line), so a cell without a top border still starts
   * below its neighbours' borders; bug65649.docx's rows measured 0.75 pt (one {@code sz="6"}
   * border) taller per row in LibreOffice's PDF than with each cell's own border.
   */
  static float topSpace(List<List<Cell>> cells, int r) {
    float space = 0;
    for (Cell c : cells.get(r)) {
      if (c.top != null) {
        space = Math.max(space, c.top.width());
      }
    }
    for (int i = 0; i < r; i++) {
      for (Cell c : cells.get(i)) {
        if (c.rowStart + c.rowSpan == r && c.bottom != null) {
          space = Math.max(space, c.bottom.width());
        }
      }
    }
    return space;
  }

  /**
   * Room cell spacing ({@code w:tblCellSpacing}, §17.4.46) adds to row {@code r}, points: what the
   * spacing has beyond the row's border room ({@link #topSpace}). Writer tables have no cell
   * spacing; LibreOffice's rows measure the larger of the two, not their sum (bib-chernigovka:
   * 0.75 pt spacing, 1.5 pt outset borders, rows 1.5 pt apart beyond their content; drawing.docx's
   * borderless tables keep the spacing).
   */
  private static float spacing(TableProps props, List<List<Cell>> cells, int r) {
    return Math.max(0, props.cellSpacing - topSpace(cells, r));
  }

  private static float rowHeight(List<Cell> row, XmlNode trPr, float filler) {
    float content = filler;
    for (Cell c : row) {
      if (c.rowSpan == 1) {
        content = Math.max(content, c.contentHeight());
      }
    }
    XmlNode height = trPr == null ? null : trPr.child("trHeight");
    if (height == null) {
      return Math.max(content, 1);
    }
    float h = Units.twips(height.attr("val"), 0);
    return "exact".equals(height.attr("hRule")) && h > 0 ? h : Math.max(content, h);
  }

  /** Grows the last row a merged cell spans until the cell's content fits. */
  private static void stretchMerged(List<List<Cell>> cells, float[] heights) {
    for (List<Cell> row : cells) {
      for (Cell c : row) {
        if (c.rowSpan > 1) {
          int last = Math.min(heights.length, c.rowStart + c.rowSpan) - 1;
          float h = 0;
          for (int r = c.rowStart; r <= last; r++) {
            h += heights[r];
          }
          if (c.contentHeight() > h) {
            heights[last] += c.contentHeight() - h;
          }
        }
      }
    }
  }
}
