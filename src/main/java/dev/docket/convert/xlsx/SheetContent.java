package dev.docket.convert.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Where a sheet has something to print, the way LibreOffice decides it: cells with a value, cells
 * whose style paints (fill, border), text overflowing into empty neighbours, and drawing objects
 * make the used area (always starting at A1); a block of cells without values, overflowing text
 * or drawings prints an empty page, which is skipped. Formatting-only rows below the last value count only
 * until a run of {@value #VISIBLE_ATTRIBUTE_STOP} of them, LibreOffice's {@code SC_VISATTR_STOP}.
 */
final class SheetContent {
  static final int VISIBLE_ATTRIBUTE_STOP = 84;
  /** Space LibreOffice adds around cell text when deciding whether it overflows, points. */
  static final float TEXT_MARGIN = 4f;

  private final NavigableMap<Integer, int[]> marked = new TreeMap<>();
  private final List<Drawings.Placed> drawings;
  private int lastCol = -1;
  private int lastRow = -1;

  private SheetContent(List<Drawings.Placed> drawings) {
    this.drawings = drawings;
  }

  /** Scans every cell of the sheet once; also grows rows whose wrapped text needs more height. */
  static SheetContent scan(XSSFSheet sheet, SheetCells cells, SheetGrid grid,
      List<Drawings.Placed> drawings) {
    SheetContent content = new SheetContent(drawings);
    int dataCol = -1;
    int dataRow = -1;
    Map<Integer, TreeSet<Integer>> attributes = new TreeMap<>();
    for (Row r : sheet) {
      XSSFRow row = (XSSFRow) r;
      TreeSet<Integer> cols = new TreeSet<>();
      for (Cell c : row) {
        XSSFCell cell = (XSSFCell) c;
        int col = cell.getColumnIndex();
        if (cells.hasValue(cell)) {
          cols.add(col);
          dataCol = Math.max(dataCol, col);
          dataRow = Math.max(dataRow, row.getRowNum());
          int overflowEnd = cells.overflowEnd(row, cell, grid);
          for (int x = col + 1; x <= overflowEnd; x++) {
            cols.add(x);
          }
          dataCol = Math.max(dataCol, overflowEnd);
        } else if (cells.look(cell).paintsEmptyCell()) {
          attributes.computeIfAbsent(row.getRowNum(), k -> new TreeSet<>()).add(col);
        }
      }
      cells.growRowForWrappedText(row, grid);
      if (!cols.isEmpty()) {
        content.marked.put(row.getRowNum(), cols.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    content.lastRow = Math.max(dataRow, lastAttributeRow(attributes.keySet(), dataRow));
    content.lastCol = dataCol;
    attributes.forEach((row, cols) -> {
      if (row <= content.lastRow) {
        content.lastCol = Math.max(content.lastCol, cols.last());
      }
    });
    content.extendForMerges(sheet);
    content.extendForDrawings();
    return content;
  }

  /** The last formatting-only row that counts: runs of 84 adjacent rows end the scan. */
  private static int lastAttributeRow(Iterable<Integer> rows, int dataRow) {
    int last = -1;
    int previous = Integer.MIN_VALUE;
    int run = 0;
    for (int row : rows) {
      if (row <= dataRow) {
        continue;
      }
      run = row == previous + 1 ? run + 1 : 1;
      previous = row;
      if (run >= VISIBLE_ATTRIBUTE_STOP) {
        break;
      }
      last = row;
    }
    return last;
  }

  private void extendForMerges(XSSFSheet sheet) {
    if (lastRow < 0) {
      return;
    }
    int endCol = lastCol;
    int endRow = lastRow;
    for (CellRangeAddress merged : sheet.getMergedRegions()) {
      if (merged.getFirstColumn() <= endCol && merged.getFirstRow() <= endRow) {
        lastCol = Math.max(lastCol, merged.getLastColumn());
        lastRow = Math.max(lastRow, merged.getLastRow());
      }
    }
  }

  private void extendForDrawings() {
    for (Drawings.Placed p : drawings) {
      lastCol = Math.max(lastCol, endCol(p));
      lastRow = Math.max(lastRow, endRow(p));
    }
  }

  private static int endCol(Drawings.Placed p) {
    return p.dx2() > 0 || p.col2() == p.col1() ? p.col2() : p.col2() - 1;
  }

  private static int endRow(Drawings.Placed p) {
    return p.dy2() > 0 || p.row2() == p.row1() ? p.row2() : p.row2() - 1;
  }

  /** True when nothing on the sheet is printed. */
  boolean isEmpty() {
    return lastRow < 0 || lastCol < 0;
  }

  /** Last column of the used area (0-based), -1 when empty. */
  int lastCol() {
    return lastCol;
  }

  /** Last row of the used area (0-based), -1 when empty. */
  int lastRow() {
    return lastRow;
  }

  /**
   * True when the block prints nothing: no value, overflowing text or drawing in it. Painted but
   * empty cells do not count (LibreOffice's IsPrintEmpty looks at cell content only).
   */
  boolean isEmpty(int col0, int row0, int col1, int row1) {
    for (int[] cols : marked.subMap(row0, true, row1, true).values()) {
      int i = java.util.Arrays.binarySearch(cols, col0);
      if (i >= 0 || (-i - 1 < cols.length && cols[-i - 1] <= col1)) {
        return false;
      }
    }
    for (Drawings.Placed p : drawings) {
      if (p.col1() <= col1 && endCol(p) >= col0 && p.row1() <= row1 && endRow(p) >= row0) {
        return false;
      }
    }
    return true;
  }

  /** True for alignments whose text may spill into the cells beside it. */
  static boolean overflows(HorizontalAlignment alignment) {
    return alignment == HorizontalAlignment.GENERAL || alignment == HorizontalAlignment.LEFT
        || alignment == HorizontalAlignment.RIGHT || alignment == HorizontalAlignment.CENTER;
  }

  /** Drawing objects of the sheet. */
  List<Drawings.Placed> drawings() {
    return new ArrayList<>(drawings);
  }
}
