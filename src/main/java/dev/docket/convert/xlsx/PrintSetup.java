package dev.docket.convert.xlsx;

import java.util.Arrays;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHeaderFooter;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageBreak;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageMargins;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageSetup;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPrintOptions;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STOrientation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPageOrder;

/**
 * A sheet's print settings, read from its XML: paper (points, orientation applied), margins
 * (points), zoom or fit-to-pages, page order, gridlines, centring, header/footer text, manual
 * breaks, print area and print titles (0-based, inclusive; {@code null} when not set).
 *
 * <p>A sheet without page setup attributes prints on A4, as LibreOffice (which made the reference
 * PDFs) does; with a page setup but no paper size, on Letter (the schema default).
 */
record PrintSetup(float paperWidth, float paperHeight, float left, float right, float top,
    float bottom, float headerMargin, float footerMargin, int scale, boolean fitToPage,
    int fitWidth, int fitHeight, boolean overThenDown, boolean gridlines, boolean centerH,
    boolean centerV, String header, String footer, int[] rowBreaks, int[] colBreaks,
    CellRangeAddress printArea, CellRangeAddress titleRows, CellRangeAddress titleCols) {

  private static final float INCH = 72f;

  static PrintSetup of(XSSFWorkbook workbook, int sheetIndex, XSSFSheet sheet) {
    CTWorksheet ws = sheet.getCTWorksheet();
    CTPageSetup ps = ws.isSetPageSetup() ? ws.getPageSetup() : null;
    boolean hasSetup = ps != null && ps.getDomNode().getAttributes().getLength() > 0;
    float[] paper = !hasSetup ? PaperSizes.A4
        : PaperSizes.of(ps.isSetPaperSize() ? (int) ps.getPaperSize() : 1);
    boolean landscape = hasSetup && ps.isSetOrientation()
        && ps.getOrientation() == STOrientation.LANDSCAPE;
    float width = landscape ? paper[1] : paper[0];
    float height = landscape ? paper[0] : paper[1];
    CTPageMargins m = ws.isSetPageMargins() ? ws.getPageMargins() : null;
    if (sheet instanceof XSSFChartSheet chartSheet && chartSheet.getCTChartsheet().isSetPageMargins()) {
      m = chartSheet.getCTChartsheet().getPageMargins(); // a chart sheet keeps its own
    }
    int scale = hasSetup && ps.isSetScale() ? (int) ps.getScale() : 100;
    boolean fit = ws.isSetSheetPr() && ws.getSheetPr().isSetPageSetUpPr()
        && ws.getSheetPr().getPageSetUpPr().getFitToPage();
    int fitWidth = hasSetup && ps.isSetFitToWidth() ? (int) ps.getFitToWidth() : 1;
    int fitHeight = hasSetup && ps.isSetFitToHeight() ? (int) ps.getFitToHeight() : 1;
    boolean overThenDown = hasSetup && ps.isSetPageOrder()
        && ps.getPageOrder() == STPageOrder.OVER_THEN_DOWN;
    CTPrintOptions po = ws.isSetPrintOptions() ? ws.getPrintOptions() : null;
    boolean gridlines = po != null && po.getGridLines() && po.getGridLinesSet();
    CTHeaderFooter hf = ws.isSetHeaderFooter() ? ws.getHeaderFooter() : null;
    return new PrintSetup(width, height,
        inches(m == null ? 0.7 : m.getLeft()), inches(m == null ? 0.7 : m.getRight()),
        inches(m == null ? 0.75 : m.getTop()), inches(m == null ? 0.75 : m.getBottom()),
        inches(m == null ? 0.3 : m.getHeader()), inches(m == null ? 0.3 : m.getFooter()),
        Math.max(10, Math.min(400, scale)), fit, fitWidth, fitHeight, overThenDown, gridlines,
        po != null && po.getHorizontalCentered(), po != null && po.getVerticalCentered(),
        hf != null && hf.isSetOddHeader() ? hf.getOddHeader() : null,
        hf != null && hf.isSetOddFooter() ? hf.getOddFooter() : null,
        breaks(ws.isSetRowBreaks() ? ws.getRowBreaks() : null),
        breaks(ws.isSetColBreaks() ? ws.getColBreaks() : null),
        printArea(workbook, sheetIndex), sheet.getRepeatingRows(), sheet.getRepeatingColumns());
  }

  private static float inches(double value) {
    return (float) (value * INCH);
  }

  /** Manual breaks; a break's id is the 0-based row (column) that starts the next page. */
  private static int[] breaks(CTPageBreak breaks) {
    if (breaks == null) {
      return new int[0];
    }
    return Arrays.stream(breaks.getBrkArray())
        .filter(b -> b.getMan() && b.getId() > 0)
        .mapToInt(b -> (int) Math.min(b.getId(), Integer.MAX_VALUE))
        .sorted().distinct().toArray();
  }

  private static CellRangeAddress printArea(XSSFWorkbook workbook, int sheetIndex) {
    String area = workbook.getPrintArea(sheetIndex);
    if (area == null || area.isBlank()) {
      return null;
    }
    String first = area.split(",")[0];
    int bang = first.lastIndexOf('!');
    try {
      return CellRangeAddress.valueOf(bang >= 0 ? first.substring(bang + 1) : first);
    } catch (RuntimeException e) {
      return null; // #REF! and other unusable areas print the used range
    }
  }

  /**
   * Height in twips LibreOffice reserves for a header (footer) band at a zoom: the distance from
   * the header margin to the body margin, or the band's text when taller. The text is measured at
   * the printed (zoomed) size, yet the result is used unscaled in document units, as Calc does.
   *
   * @param band the header or footer, {@code null} when empty (no band at all)
   */
  long bandTwips(HeaderFooter band, boolean header, int zoom) {
    if (band == null) {
      return 0;
    }
    float gap = header ? top - headerMargin : bottom - footerMargin;
    return Math.max(Math.round(gap * 20), Math.round(band.height() * zoom / 100f * 20));
  }

  /** True when a manual row break starts a page at this row. */
  boolean rowBreakAt(int row) {
    return Arrays.binarySearch(rowBreaks, row) >= 0;
  }

  /** True when a manual column break starts a page at this column. */
  boolean colBreakAt(int col) {
    return Arrays.binarySearch(colBreaks, col) >= 0;
  }
}
