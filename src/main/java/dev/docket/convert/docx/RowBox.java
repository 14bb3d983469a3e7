package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * One table row on a page, or several rows bound together by vertically merged cells (ECMA-376
 * Part 1 §17.4.85 vMerge). A single row may be split across pages between the boxes of its cells
 * unless it says {@code w:cantSplit} (§17.4.6); a group splits between its rows. Header rows
 * ({@code w:tblHeader}, §17.4.49) are repeated by the composer at the top of each page the table
 * continues on.
 */
final class RowBox extends Box {
  final List<Cell> cells;
  final float[] rowHeights;
  final float tableX;
  final boolean isHeader;
  final boolean cantSplit;
  List<RowBox> headers = List.of();
  /** Set by the composer when the row starts a page: it must split there, whatever it holds. */
  boolean startsPage;
  /**
   * Vertically centred or bottom-aligned cells are not split: LibreOffice keeps such rows whole in
   * tables that declare cell spacing (tables converted from HTML).
   */
  boolean keepCentredCells;

  RowBox(List<Cell> cells, float[] rowHeights, float tableX, boolean isHeader, boolean cantSplit) {
    this.cells = cells;
    this.rowHeights = rowHeights;
    this.tableX = tableX;
    this.isHeader = isHeader;
    this.cantSplit = cantSplit;
    float h = 0;
    for (float r : rowHeights) {
      h += r;
    }
    this.height = h;
  }

  @Override
  void draw(Canvas canvas, float x, float y) {
    for (Cell cell : cells) {
      float top = y + sum(0, cell.rowStart);
      float h = sum(cell.rowStart, cell.rowStart + cell.rowSpan);
      cell.draw(canvas, x + tableX, top, h);
    }
  }

  private float sum(int from, int to) {
    float s = 0;
    for (int i = from; i < Math.min(to, rowHeights.length); i++) {
      s += rowHeights[i];
    }
    return s;
  }

  /** Width of the widest bottom border (or inside border) the row would show if the page ended below it. */
  float closingBorder() {
    float w = 0;
    for (Cell c : cells) {
      if (c.bottom != null) {
        w = Math.max(w, c.bottom.width());
      }
    }
    return w;
  }

  @Override
  List<Footnote> notes() {
    List<Footnote> notes = new ArrayList<>();
    for (Cell cell : cells) {
      for (Box b : cell.content) {
        notes.addAll(b.notes());
      }
    }
    return notes;
  }

  @Override
  List<Floating> floats() {
    List<Floating> floats = new ArrayList<>();
    for (Cell cell : cells) {
      for (Box b : cell.content) {
        floats.addAll(b.floats());
      }
    }
    return floats;
  }

  @Override
  boolean splittable() {
    return !cantSplit || rowHeights.length > 1;
  }

  @Override
  Box[] split(float available) {
    return rowHeights.length > 1 ? splitRows(available) : splitContent(available);
  }

  /**
   * Splits a group of rows inside the first row that does not fit ({@link #splitRowAt}), else at the
   * last row boundary that fits. A merged cell running past the
   * split keeps above it what fits in the rows it spans there and continues below, as LibreOffice
   * shows it.
   */
  private Box[] splitRows(float available) {
    int k = 0;
    float h = 0;
    while (k < rowHeights.length && h + rowHeights[k] <= available) {
      h += rowHeights[k++];
    }
    if (k == 0) {
      return cantSplit ? null : splitRowAt(0, available);
    }
    if (k < rowHeights.length && !cantSplit) {
      Box[] inside = splitRowAt(k, available - h);
      if (inside != null) {
        return inside;
      }
    }
    List<Cell> head = new ArrayList<>();
    List<Cell> tail = new ArrayList<>();
    for (Cell c : cells) {
      int end = c.rowStart + c.rowSpan;
      if (c.rowStart < k && end > k) {
        List<List<Box>> parts = cut(c, sum(c.rowStart, k));
        head.add(top(c.with(parts.get(0), c.rowStart, k - c.rowStart)));
        tail.add(top(c.with(parts.get(1), 0, end - k)));
      } else if (c.rowStart < k) {
        head.add(c.with(c.content, c.rowStart, c.rowSpan));
      } else {
        tail.add(c.with(c.content, c.rowStart - k, c.rowSpan));
      }
    }
    float[] headRows = java.util.Arrays.copyOfRange(rowHeights, 0, k);
    float[] tailRows = java.util.Arrays.copyOfRange(rowHeights, k, rowHeights.length);
    return pair(head, headRows, tail, tailRows);
  }

  /**
   * Splits one row between the content boxes of its cells. When a cell cannot show any of its
   * content above the split, or a centred cell would be split ({@link #keepCentredCells}), the row
   * moves whole to the next page instead, as LibreOffice does, unless it already starts a page.
   */
  private Box[] splitContent(float available) {
    List<Cell> head = new ArrayList<>();
    List<Cell> tail = new ArrayList<>();
    boolean progress = false;
    boolean rest = false;
    for (Cell c : cells) {
      List<List<Box>> parts = cut(c, available);
      boolean stuck = visible(c.content) && !visible(parts.get(0));
      boolean centredSplit = keepCentredCells && !"top".equals(c.vAlign) && visible(parts.get(1));
      if (!startsPage && (stuck || centredSplit)) {
        return null;
      }
      progress |= visible(parts.get(0));
      rest |= visible(parts.get(1));
      head.add(top(c.with(parts.get(0), 0, 1)));
      tail.add(top(c.with(parts.get(1), 0, 1)));
    }
    if (!progress || !rest) {
      return null;
    }
    float tailHeight = 0;
    for (Cell c : tail) {
      tailHeight = Math.max(tailHeight, c.contentHeight());
    }
    return pair(head, new float[] {available}, tail, new float[] {tailHeight});
  }

  /**
   * Splits row {@code k} of a group inside its cells when the rows before it fit but it does not:
   * the cells of that row, and merged cells running through it, are cut at the {@code room} left
   * (points), the rest of the group follows on the next page. Null when no cell of the row would
   * show anything above the split or all of the row's content would fit above it (only its
   * minimum height does not), or (below the first row) when one of its cells could show nothing:
   * LibreOffice then breaks before the row.
   */
  private Box[] splitRowAt(int k, float room) {
    List<Cell> head = new ArrayList<>();
    List<Cell> tail = new ArrayList<>();
    boolean progress = false;
    boolean more = false;
    float rowRest = 1;
    for (Cell c : cells) {
      int end = c.rowStart + c.rowSpan;
      if (end <= k) {
        head.add(c.with(c.content, c.rowStart, c.rowSpan));
      } else if (c.rowStart <= k) {
        List<List<Box>> parts = cut(c, sum(c.rowStart, k) + room);
        boolean shown = visible(parts.get(0));
        if (k > 0 && c.rowStart == k && visible(c.content) && !shown) {
          return null;
        }
        progress |= shown && c.rowStart == k;
        more |= c.rowStart == k && visible(parts.get(1));
        head.add(top(c.with(parts.get(0), c.rowStart, k + 1 - c.rowStart)));
        Cell rest = top(c.with(parts.get(1), 0, end - k));
        tail.add(rest);
        if (end == k + 1) {
          rowRest = Math.max(rowRest, rest.contentHeight());
        }
      } else {
        tail.add(c.with(c.content, c.rowStart - k, c.rowSpan));
      }
    }
    if (!progress || !more) {
      return null;
    }
    float[] headRows = java.util.Arrays.copyOf(rowHeights, k + 1);
    headRows[k] = room;
    float[] tailRows = java.util.Arrays.copyOfRange(rowHeights, k, rowHeights.length);
    tailRows[0] = rowRest;
    return pair(head, headRows, tail, tailRows);
  }

  /**
   * A part of a cell cut by a page break, aligned to its top: LibreOffice does not align the cells
   * of a split row vertically (bug65649 page 90: the centred "310" of row 1.12 stands at the top of
   * the row's first part; bug59058 page 6: a centred cell continued from page 5 starts at the top).
   */
  private static Cell top(Cell c) {
    c.vAlign = "top";
    return c;
  }

  /** True when some box is more than spacing (a split leaving only spacing is no split). */
  private static boolean visible(List<Box> boxes) {
    for (Box b : boxes) {
      if (!(b instanceof SpaceBox)) {
        return true;
      }
    }
    return false;
  }

  /** A cell's content cut so the first part fits in {@code available} (splitting a nested row). */
  private static List<List<Box>> cut(Cell c, float available) {
    float room = available - c.contentHeight() + contentOnly(c);
    int n = 0;
    float used = 0;
    while (n < c.content.size() && used + c.content.get(n).height <= room) {
      used += c.content.get(n++).height;
    }
    List<Box> first = new ArrayList<>(c.content.subList(0, n));
    List<Box> second = new ArrayList<>(c.content.subList(n, c.content.size()));
    if (n > 0 && !second.isEmpty() && second.get(0) instanceof LineBox line && line.spaceAfterSplit > 0) {
      second.add(0, new SpaceBox(line.spaceAfterSplit, false));
    }
    if (!second.isEmpty() && second.get(0).splittable()) {
      Box[] nested = second.get(0).split(room - used);
      if (nested != null) {
        first.add(nested[0]);
        second.set(0, nested[1]);
      }
    }
    return List.of(first, second);
  }

  /** Height of a cell's content boxes alone (without margins and borders). */
  private static float contentOnly(Cell c) {
    float h = 0;
    for (Box b : c.content) {
      h += b.height;
    }
    return h;
  }

  private Box[] pair(List<Cell> head, float[] headRows, List<Cell> tail, float[] tailRows) {
    RowBox first = new RowBox(head, headRows, tableX, isHeader, cantSplit);
    RowBox second = new RowBox(tail, tailRows, tableX, isHeader, cantSplit);
    first.headers = headers;
    second.headers = headers;
    first.keepCentredCells = keepCentredCells;
    second.keepCentredCells = keepCentredCells;
    first.keepWithNext = false;
    second.keepWithNext = keepWithNext;
    return new Box[] {first, second};
  }
}
