package dev.docket.convert.xlsx;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import dev.docket.convert.EmbeddingFontTextDrawer;
import dev.docket.convert.chart.ChartArea;
import dev.docket.convert.chart.ChartPainter;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTDrawing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws the charts anchored on a sheet from their data ({@link ChartPainter}), where their anchors
 * put them, as LibreOffice prints them: a chart that spans a page break shows its part on each
 * page. Each chart becomes one PDF form (vector shapes, real text in embedded fonts) drawn on every
 * page it reaches; a chart sheet's chart goes at the top-left of its page. The chart area is white
 * with a thin grey frame unless the chart says otherwise.
 * A chart that cannot be read or has no type {@link ChartPainter} draws is left blank (logged).
 */
final class SheetCharts {
  private static final Logger LOG = LoggerFactory.getLogger(SheetCharts.class);
  /** LibreOffice's automatic chart-area outline in a spreadsheet (its default line colour). */
  private static final Color AUTO_OUTLINE = new Color(0xB3B3B3);
  private static final float EMU_PER_POINT = 12_700f;
  /**
   * Share of the printable width a chart sheet's chart takes at most: measured on LibreOffice's
   * prints of the two corpus chart sheets (465 pt of 487 pt on A4 with 0.75 in margins, both);
   * where the figure comes from in LibreOffice is not known.
   */
  private static final float CHART_SHEET_WIDTH = 0.954f;

  private final PDDocument doc;
  private final EmbeddingFontTextDrawer fonts = new EmbeddingFontTextDrawer();
  private final Map<XSSFChart, Optional<PDFormXObject>> drawn = new HashMap<>();
  private WorkbookChartTheme theme;

  SheetCharts(PDDocument doc) {
    this.doc = doc;
  }

  /** Draws the charts that reach into the page's body (the last segment of both axes). */
  void draw(Painter painter, XSSFWorkbook workbook, List<Drawings.Placed> placed, ViewAxis cols,
      ViewAxis rows) throws IOException {
    for (Drawings.Placed p : placed) {
      if (p.kind() != Drawings.Kind.CHART || p.chart() == null) {
        continue;
      }
      AnchorBox box = AnchorBox.on(p, cols, rows);
      if (box == null) {
        continue;
      }
      if (theme == null) {
        theme = WorkbookChartTheme.of(workbook);
      }
      Optional<PDFormXObject> form = drawn.computeIfAbsent(p.chart(),
          chart -> form(chart, box.width(), box.height()));
      if (form.isPresent()) {
        painter.form(form.get(), box.x(), box.y(), box.width(), box.height());
      }
    }
  }

  /**
   * Draws a chart sheet's chart at the top-left of the page's printable area, at the size of its
   * absolute anchor ({@code xdr:absoluteAnchor/xdr:ext}) shrunk, keeping its proportions, to fit
   * {@link #CHART_SHEET_WIDTH} of that area's width and its height; without an anchor size it
   * fills the area.
   *
   * @param width printable width, points
   * @param height printable height, points
   */
  void drawChartSheet(Painter painter, XSSFChartSheet sheet, float width, float height)
      throws IOException {
    XSSFDrawing drawing = sheet.getDrawingPatriarch();
    if (drawing == null || drawing.getCharts().isEmpty() || width <= 0 || height <= 0) {
      return;
    }
    if (theme == null) {
      theme = WorkbookChartTheme.of(sheet.getWorkbook());
    }
    float w = width;
    float h = height;
    CTDrawing ct = drawing.getCTDrawing();
    if (ct.sizeOfAbsoluteAnchorArray() > 0 && ct.getAbsoluteAnchorArray(0).getExt() != null) {
      CTPositiveSize2D ext = ct.getAbsoluteAnchorArray(0).getExt();
      float extW = ext.getCx() / EMU_PER_POINT;
      float extH = ext.getCy() / EMU_PER_POINT;
      if (extW > 0 && extH > 0) {
        float scale = Math.min(1, Math.min(CHART_SHEET_WIDTH * width / extW, height / extH));
        w = extW * scale;
        h = extH * scale;
      }
    }
    float chartW = w;
    float chartH = h;
    Optional<PDFormXObject> form = drawn.computeIfAbsent(drawing.getCharts().get(0),
        chart -> form(chart, chartW, chartH));
    if (form.isPresent()) {
      painter.form(form.get(), 0, 0, w, h);
    }
  }

  private Optional<PDFormXObject> form(XSSFChart chart, float width, float height) {
    PdfBoxGraphics2D graphics = null;
    try {
      graphics = new PdfBoxGraphics2D(doc, width, height);
      graphics.setFontTextDrawer(fonts);
      graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
          RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      Rectangle2D bounds = new Rectangle2D.Float(0, 0, width, height);
      ChartArea.draw(chart, theme, graphics, bounds, Color.WHITE, AUTO_OUTLINE);
      boolean drawnFromData = ChartPainter.draw(chart, theme, graphics, bounds);
      graphics.dispose();
      if (!drawnFromData) {
        LOG.debug("chart {} has no type drawn from data", chart.getPackagePart().getPartName());
      }
      return Optional.of(graphics.getXFormObject());
    } catch (IOException | RuntimeException | LinkageError e) {
      LOG.debug("chart {} not drawn: {}", chart.getPackagePart().getPartName(), e.toString(), e);
      if (graphics != null) {
        graphics.dispose();
      }
      return Optional.empty();
    }
  }
}
