package dev.docket.convert.xlsx;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;

/**
 * Draws one printed page of a sheet: header and footer at full size, then the page's cells
 * (title rows and columns first) scaled by the zoom, at the top-left margin (centred when the
 * sheet asks), clipped to the printable body; for a chart sheet, its chart.
 */
final class PageRenderer {
  private final PDDocument doc;
  private final PdfFonts fonts;
  private final SheetPictures pictures;
  private final SheetCharts charts;

  /** @param maxPicturePixels largest picture embedded, pixels */
  PageRenderer(PDDocument doc, PdfFonts fonts, long maxPicturePixels) {
    this.doc = doc;
    this.fonts = fonts;
    this.pictures = new SheetPictures(doc, maxPicturePixels);
    this.charts = new SheetCharts(doc);
  }

  void render(SheetPlan plan, SheetPage page, HeaderFooter.Fields fields) throws IOException {
    PrintSetup setup = plan.setup();
    PDPage pdPage = new PDPage(new PDRectangle(setup.paperWidth(), setup.paperHeight()));
    doc.addPage(pdPage);
    try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
      Painter painter = new Painter(cs, setup.paperHeight());
      headerAndFooter(plan, painter, fields, page == null ? 100 : page.zoom());
      if (page != null) {
        body(plan, page, painter);
      } else if (plan.sheet() instanceof XSSFChartSheet chartSheet) {
        chart(plan, chartSheet, painter);
      }
    }
  }

  /** Header and footer, printed at the page's zoom like the cells (as LibreOffice does). */
  private void headerAndFooter(SheetPlan plan, Painter painter, HeaderFooter.Fields fields,
      int zoom) throws IOException {
    PrintSetup s = plan.setup();
    float scale = zoom / 100f;
    painter.begin(s.left(), 0, scale);
    float width = (s.paperWidth() - s.left() - s.right()) / scale;
    if (plan.header() != null) {
      plan.header().draw(painter, fonts, 0, width, s.headerMargin() / scale, Float.NaN, fields);
    }
    if (plan.footer() != null) {
      plan.footer().draw(painter, fonts, 0, width, Float.NaN,
          (s.paperHeight() - s.footerMargin()) / scale, fields);
    }
    painter.end();
  }

  /** A chart sheet's chart in the printable area (between the margins, header and footer). */
  private void chart(SheetPlan plan, XSSFChartSheet sheet, Painter painter) throws IOException {
    PrintSetup s = plan.setup();
    float top = plan.header() != null
        ? s.headerMargin() + s.bandTwips(plan.header(), true, 100) / 20f : s.top();
    float bottom = plan.footer() != null
        ? s.paperHeight() - s.footerMargin() - s.bandTwips(plan.footer(), false, 100) / 20f
        : s.paperHeight() - s.bottom();
    painter.begin(s.left(), top, 1);
    charts.drawChartSheet(painter, sheet, s.paperWidth() - s.left() - s.right(), bottom - top);
    painter.end();
  }

  private void body(SheetPlan plan, SheetPage page, Painter painter) throws IOException {
    PrintSetup s = plan.setup();
    SheetGrid grid = plan.grid();
    ViewAxis cols = new ViewAxis(page.titleCols() == null ? -1 : page.titleCols().getFirstColumn(),
        page.titleCols() == null ? -1 : page.titleCols().getLastColumn(), page.col0(), page.col1(),
        grid::colWidth);
    ViewAxis rows = new ViewAxis(page.titleRows() == null ? -1 : page.titleRows().getFirstRow(),
        page.titleRows() == null ? -1 : page.titleRows().getLastRow(), page.row0(), page.row1(),
        grid::rowHeight);
    float scale = page.zoom() / 100f;
    float x = s.left();
    float y = plan.header() != null
        ? s.headerMargin() + s.bandTwips(plan.header(), true, page.zoom()) / 20f * scale : s.top();
    float bottom = plan.footer() != null
        ? s.paperHeight() - s.footerMargin() - s.bandTwips(plan.footer(), false, page.zoom()) / 20f * scale
        : s.paperHeight() - s.bottom();
    float bodyWidth = s.paperWidth() - s.left() - s.right();
    if (s.centerH() && cols.total() * scale < bodyWidth) {
      x += (bodyWidth - cols.total() * scale) / 2;
    }
    if (s.centerV() && rows.total() * scale < bottom - y) {
      y += (bottom - y - rows.total() * scale) / 2;
    }
    painter.begin(x, y, scale);
    painter.clip(0, 0, cols.total(), rows.total());
    BlockPainter block = new BlockPainter(painter, plan, cols, rows);
    for (int r = 0; r < rows.segments(); r++) {
      for (int c = 0; c < cols.segments(); c++) {
        block.paint(r, c);
      }
    }
    pictures.draw(painter, plan.content().drawings(), cols, rows);
    charts.draw(painter, plan.sheet().getWorkbook(), plan.content().drawings(), cols, rows);
    painter.unclip();
    painter.end();
  }
}
