package dev.docket.convert.xlsx;

import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans every visible sheet of a workbook (hidden and very hidden ones are skipped): print
 * setup, column widths in the default font's digit width, printed area, header and footer bands,
 * and the pages.
 */
final class SheetPlanner {
  private static final Logger LOG = LoggerFactory.getLogger(SheetPlanner.class);
  private final XSSFWorkbook workbook;
  private final PdfFonts fonts;
  private final CellStyles styles;
  private final CellTexts texts = new CellTexts();
  private final XSSFFont defaultFont;
  private final double digitWidth;

  SheetPlanner(XSSFWorkbook workbook, PdfFonts fonts) throws IOException {
    this.workbook = workbook;
    this.fonts = fonts;
    this.styles = new CellStyles(workbook);
    this.defaultFont = defaultFont(workbook.getStylesSource());
    float size = Math.max(1, defaultFont.getFontHeight() / 20f);
    PdfFace face = fonts.face(defaultFont.getFontName(), false, false);
    float widest = 0;
    for (char d = '0'; d <= '9'; d++) {
      widest = Math.max(widest, face.advance(d));
    }
    this.digitWidth = widest * size;
  }

  /** The Normal style's font: the first cell style format's font. */
  private static XSSFFont defaultFont(StylesTable styles) {
    try {
      return styles.getFontAt((int) styles.getCellStyleXfAt(0).getFontId());
    } catch (RuntimeException e) {
      return styles.getFontAt(0);
    }
  }

  List<SheetPlan> plan(ConversionContext context) throws ConversionException, IOException {
    List<SheetPlan> plans = new ArrayList<>();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      context.checkpoint();
      if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
        continue;
      }
      XSSFSheet sheet = workbook.getSheetAt(i);
      SheetPlan plan = sheet instanceof XSSFChartSheet ? chartSheet(i, sheet) : sheet(i, sheet);
      if (!plan.pages().isEmpty()) {
        plans.add(plan);
      }
    }
    return plans;
  }

  private SheetPlan chartSheet(int index, XSSFSheet sheet) {
    PrintSetup setup = PrintSetup.of(workbook, index, sheet);
    List<SheetPage> pages = new ArrayList<>();
    pages.add(null);
    return new SheetPlan(sheet, setup, new SheetGrid(sheet, digitWidth), null, null, null, null,
        pages);
  }

  private SheetPlan sheet(int index, XSSFSheet sheet) {
    PrintSetup setup = PrintSetup.of(workbook, index, sheet);
    SheetGrid grid = new SheetGrid(sheet, digitWidth);
    SheetCells cells = new SheetCells(sheet, styles, texts, fonts);
    SheetContent content = SheetContent.scan(sheet, cells, grid, Drawings.of(sheet));
    HeaderFooter header = band(setup.header());
    HeaderFooter footer = band(setup.footer());
    CellRangeAddress area = area(setup, content);
    List<SheetPage> pages = area == null ? List.of()
        : new Paginator(setup, grid, content, area, header, footer).pages();
    if (LOG.isDebugEnabled()) {
      LOG.debug("sheet '{}': area {} zoom {} pages {}", sheet.getSheetName(),
          area == null ? "none" : area.formatAsString(), pages.isEmpty() ? "-" : pages.get(0).zoom(),
          pages.stream().map(p -> new CellRangeAddress(p.row0(), p.row1(), p.col0(), p.col1())
              .formatAsString()).toList());
    }
    return new SheetPlan(sheet, setup, grid, cells, content, header, footer, pages);
  }

  private HeaderFooter band(String source) {
    if (source == null || source.isBlank()) {
      return null;
    }
    HeaderFooter hf = HeaderFooter.parse(source, defaultFont.getFontName(),
        Math.max(1, defaultFont.getFontHeight() / 20f));
    return hf.isEmpty() ? null : hf;
  }

  /** The print area (whole-row/column spans cut back to the used area), else the used area. */
  private static CellRangeAddress area(PrintSetup setup, SheetContent content) {
    CellRangeAddress pa = setup.printArea();
    if (pa == null) {
      return content.isEmpty() ? null
          : new CellRangeAddress(0, content.lastRow(), 0, content.lastCol());
    }
    int firstRow = Math.max(0, pa.getFirstRow());
    int firstCol = Math.max(0, pa.getFirstColumn());
    int lastRow = pa.getLastRow() < 0 || pa.getLastRow() >= SheetGrid.MAX_ROW && firstRow == 0
        ? content.lastRow() : Math.min(pa.getLastRow(), SheetGrid.MAX_ROW);
    int lastCol = pa.getLastColumn() < 0 || pa.getLastColumn() >= SheetGrid.MAX_COL && firstCol == 0
        ? content.lastCol() : Math.min(pa.getLastColumn(), SheetGrid.MAX_COL);
    if (lastRow < firstRow || lastCol < firstCol) {
      return null;
    }
    return new CellRangeAddress(firstRow, lastRow, firstCol, lastCol);
  }
}
