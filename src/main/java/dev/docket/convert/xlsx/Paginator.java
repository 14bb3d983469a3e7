package dev.docket.convert.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Splits a sheet's print range into pages the way LibreOffice Calc does (ScPrintFunc::CalcZoom,
 * GetDocPageSize): each axis is cut into bands by {@link AxisSplitter} against the printable size
 * divided by the zoom; fit-to-pages bisects the integer zoom between 10 and 100, counting only
 * row bands that print something, with LibreOffice's 2% nudge when fitting to width alone
 * (tdf#103516). Pages are listed in the sheet's page order; pages that would print nothing are
 * left out.
 */
final class Paginator {
  private static final int ZOOM_MIN = 10;

  private final PrintSetup setup;
  private final SheetContent content;
  private final int col0;
  private final int row0;
  private final int col1;
  private final int row1;
  private final AxisSplitter columns;
  private final AxisSplitter rows;
  private final HeaderFooter header;
  private final HeaderFooter footer;

  /**
   * @param area the print range
   * @param header the header, {@code null} when the sheet has none
   * @param footer the footer, {@code null} when the sheet has none
   */
  Paginator(PrintSetup setup, SheetGrid grid, SheetContent content, CellRangeAddress area,
      HeaderFooter header, HeaderFooter footer) {
    this.setup = setup;
    this.content = content;
    this.col0 = area.getFirstColumn();
    this.row0 = area.getFirstRow();
    this.col1 = area.getLastColumn();
    this.row1 = area.getLastRow();
    int[] colTwips = new int[col1 - col0 + 1];
    for (int c = col0; c <= col1; c++) {
      colTwips[c - col0] = grid.colTwips(c);
    }
    int[] rowTwips = new int[row1 - row0 + 1];
    for (int r = row0; r <= row1; r++) {
      rowTwips[r - row0] = grid.rowTwips(r);
    }
    // fitting an axis to a page count overrides its manual breaks (fdo#40788)
    boolean fitCols = setup.fitToPage() && setup.fitWidth() > 0;
    boolean fitRows = setup.fitToPage() && setup.fitHeight() > 0;
    CellRangeAddress tc = setup.titleCols();
    CellRangeAddress tr = setup.titleRows();
    this.columns = new AxisSplitter(colTwips, col0, c -> !fitCols && setup.colBreakAt(c),
        tc == null ? -1 : tc.getFirstColumn(), tc == null ? -1 : tc.getLastColumn());
    this.rows = new AxisSplitter(rowTwips, row0, r -> !fitRows && setup.rowBreakAt(r),
        tr == null ? -1 : tr.getFirstRow(), tr == null ? -1 : tr.getLastRow());
    this.header = header;
    this.footer = footer;
  }

  /** The pages in print order, empty ones left out. */
  List<SheetPage> pages() {
    int zoom = zoom();
    List<int[]> colBands = colBands(zoom);
    List<int[]> rowBands = rowBands(zoom);
    List<SheetPage> pages = new ArrayList<>();
    if (setup.overThenDown()) {
      for (int[] rows : rowBands) {
        for (int[] cols : colBands) {
          add(pages, cols, rows, zoom);
        }
      }
    } else {
      for (int[] cols : colBands) {
        for (int[] rows : rowBands) {
          add(pages, cols, rows, zoom);
        }
      }
    }
    return pages;
  }

  private void add(List<SheetPage> pages, int[] cols, int[] rows, int zoom) {
    int firstCol = cols[0];
    int firstRow = rows[0];
    CellRangeAddress titleCols = null;
    CellRangeAddress tc = setup.titleCols();
    if (tc != null) {
      if (firstCol > tc.getFirstColumn() && firstCol <= tc.getLastColumn()) {
        firstCol = tc.getLastColumn() + 1;
      }
      titleCols = firstCol > tc.getLastColumn() ? tc : null;
    }
    CellRangeAddress titleRows = null;
    CellRangeAddress tr = setup.titleRows();
    if (tr != null) {
      if (firstRow > tr.getFirstRow() && firstRow <= tr.getLastRow()) {
        firstRow = tr.getLastRow() + 1;
      }
      titleRows = firstRow > tr.getLastRow() ? tr : null;
    }
    if (firstCol > cols[1] || firstRow > rows[1]
        || content.isEmpty(firstCol, firstRow, cols[1], rows[1])) {
      return;
    }
    pages.add(new SheetPage(firstCol, firstRow, cols[1], rows[1], titleRows, titleCols, zoom));
  }

  private int zoom() {
    if (!setup.fitToPage()) {
      return Math.max(ZOOM_MIN, setup.scale());
    }
    int wide = Math.max(0, setup.fitWidth());
    int tall = Math.max(0, setup.fitHeight());
    if (wide == 0 && tall == 0) {
      return 100;
    }
    int zoom = search(wide, tall);
    if (wide > 0 && tall == 0) {
      int before = countedRowBands(zoom);
      int nudged = (int) (zoom * 0.98);
      if (before > 1 && nudged < zoom && nudged >= ZOOM_MIN && countedRowBands(nudged) != before) {
        zoom = nudged;
      }
    }
    return zoom;
  }

  private boolean fits(int zoom, int wide, int tall) {
    return (wide == 0 || colBands(zoom).size() <= wide)
        && (tall == 0 || countedRowBands(zoom) <= tall);
  }

  private int search(int wide, int tall) {
    int zoom = 100;
    int lastFit = 0;
    int lastNonFit = 0;
    while (zoom > ZOOM_MIN) {
      if (fits(zoom, wide, tall)) {
        if (zoom == 100) {
          return 100;
        }
        lastFit = zoom;
        int next = (lastNonFit + zoom) / 2;
        if (next == lastFit) {
          return lastFit;
        }
        zoom = next;
      } else {
        if (zoom - lastFit <= 1) {
          return Math.max(ZOOM_MIN, lastFit);
        }
        lastNonFit = zoom;
        zoom = (lastFit + zoom) / 2;
      }
    }
    return Math.max(ZOOM_MIN, zoom);
  }

  private int countedRowBands(int zoom) {
    int counted = 0;
    for (int[] band : rowBands(zoom)) {
      if (!content.isEmpty(col0, band[0], col1, band[1])) {
        counted++;
      }
    }
    return counted;
  }

  private List<int[]> colBands(int zoom) {
    return columns.bands(pageWidth(zoom));
  }

  private List<int[]> rowBands(int zoom) {
    return rows.bands(pageHeight(zoom));
  }

  /** Printable width in document twips (ScPrintFunc::GetDocPageSize). */
  long pageWidth(int zoom) {
    long width = twips(setup.paperWidth());
    long left = twips(setup.left()) * 100 / zoom;
    long right = (width - 1 - twips(setup.right())) * 100 / zoom;
    return right - left + 1;
  }

  /** Printable height in document twips; header and footer bands are not scaled. */
  long pageHeight(int zoom) {
    long height = twips(setup.paperHeight());
    long headerTwips = setup.bandTwips(header, true, zoom);
    long footerTwips = setup.bandTwips(footer, false, zoom);
    long topMargin = header != null ? twips(setup.headerMargin()) : twips(setup.top());
    long bottomMargin = footer != null ? twips(setup.footerMargin()) : twips(setup.bottom());
    long top = topMargin * 100 / zoom + headerTwips;
    long bottom = (height - 1 - bottomMargin) * 100 / zoom - footerTwips;
    return bottom - top + 1;
  }

  static long twips(float points) {
    return Math.round(points * 20);
  }
}
