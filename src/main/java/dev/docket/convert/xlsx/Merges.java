package dev.docket.convert.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The merged ranges of a sheet, looked up by any cell inside them. Small ranges are indexed cell
 * by cell (up to {@value #MAX_INDEXED_CELLS} cells in all), larger ones searched in a list of at
 * most {@value #MAX_LARGE} (a hostile file could otherwise merge its way to gigabytes of index;
 * beyond that, merges are ignored and the cells print unmerged).
 */
final class Merges {
  static final int MAX_INDEXED_CELLS = 1_000_000;
  static final int MAX_LARGE = 1_000;
  private static final int SMALL = 10_000;

  private final Map<Long, CellRangeAddress> byCell = new HashMap<>();
  private final List<CellRangeAddress> large = new ArrayList<>();
  private final List<CellRangeAddress> ranges = new ArrayList<>();

  Merges(XSSFSheet sheet) {
    long indexed = 0;
    for (CellRangeAddress range : sheet.getMergedRegions()) {
      long cells = (long) (range.getLastRow() - range.getFirstRow() + 1)
          * (range.getLastColumn() - range.getFirstColumn() + 1);
      if (cells <= SMALL && indexed + cells <= MAX_INDEXED_CELLS) {
        indexed += cells;
        index(range);
      } else if (large.size() < MAX_LARGE) {
        large.add(range);
      } else {
        continue;
      }
      ranges.add(range);
    }
  }

  private void index(CellRangeAddress range) {
    for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
      for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
        byCell.put(key(r, c), range);
      }
    }
  }

  private static long key(int row, int col) {
    return (long) row << 20 | col;
  }

  /** The merged range holding the cell, or null. */
  CellRangeAddress at(int row, int col) {
    CellRangeAddress range = byCell.get(key(row, col));
    if (range != null || large.isEmpty()) {
      return range;
    }
    for (CellRangeAddress candidate : large) {
      if (candidate.isInRange(row, col)) {
        return candidate;
      }
    }
    return null;
  }

  /** Every merged range taken into account. */
  List<CellRangeAddress> all() {
    return ranges;
  }

  /** The merged ranges that overlap a block of cells (at most a page: it visits every cell). */
  List<CellRangeAddress> within(int row0, int col0, int row1, int col1) {
    Set<CellRangeAddress> found = new LinkedHashSet<>();
    if (!byCell.isEmpty()) {
      for (int r = row0; r <= row1; r++) {
        for (int c = col0; c <= col1; c++) {
          CellRangeAddress range = byCell.get(key(r, c));
          if (range != null) {
            found.add(range);
          }
        }
      }
    }
    for (CellRangeAddress range : large) {
      if (range.getFirstRow() <= row1 && range.getLastRow() >= row0
          && range.getFirstColumn() <= col1 && range.getLastColumn() >= col0) {
        found.add(range);
      }
    }
    return new ArrayList<>(found);
  }
}
