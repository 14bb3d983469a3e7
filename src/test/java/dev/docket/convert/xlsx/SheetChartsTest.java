package dev.docket.convert.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.convert.ConversionContext;
import dev.docket.support.Corpus;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts anchored on sheets are drawn from their data where their anchors put them, as vector
 * shapes and real text: WithThreeCharts.xlsx has a line and a pie chart on its second sheet (one
 * above the other, rows 1-16 and 17-31) and an area chart on its third. Regions are those of
 * LibreOffice's PDF of the same file, in points from the page's top.
 */
class SheetChartsTest {
  /** The theme's accents 1 and 2 (Office 2007 blue and red), the first two series' colours. */
  private static final Color ACCENT1 = new Color(0x4F81BD);
  private static final Color ACCENT2 = new Color(0xC0504D);
  private static final Color ACCENT3 = new Color(0x9BBB59);

  @TempDir
  static Path out;
  private static Path pdf;

  @BeforeAll
  static void convert() throws Exception {
    pdf = out.resolve("charts.pdf");
    new XlsxToPdf().convert(Corpus.root().resolve("dev/xlsx/WithThreeCharts.xlsx"), pdf,
        ConversionContext.unbounded());
  }

  @Test
  void chartTitlesAndLegendsAreText() throws Exception {
    List<String> pages = PdfProbe.pageTexts(pdf);
    assertEquals(3, pages.size());
    assertTrue(pages.get(1).contains("Pie Chart Title Thingy"), pages.get(1));
    assertTrue(pages.get(1).contains("1st Column") && pages.get(1).contains("2nd Column"),
        pages.get(1));
    assertTrue(pages.get(2).contains("Sheet 3 Chart with Title"), pages.get(2));
    assertTrue(pages.get(2).contains("Squares"), pages.get(2));
  }

  @Test
  void eachChartIsDrawnInTheRegionOfItsAnchor() throws Exception {
    BufferedImage page = render(1);
    // the line chart: both series' colours between rows 1 and 16, none in the pie's rows
    assertTrue(count(page, ACCENT1, 57, 275) > 20, "first line in the line chart's rows");
    assertTrue(count(page, ACCENT2, 57, 275) > 20, "second line in the line chart's rows");
    // the pie: slices in accent colours, large areas, below the line chart
    assertTrue(count(page, ACCENT3, 300, 510) > 2_000, "third slice in the pie chart's rows");
    assertTrue(count(page, ACCENT1, 300, 510) > 2_000, "first slice in the pie chart's rows");
    int below = count(page, ACCENT1, 530, 842) + count(page, ACCENT2, 530, 842);
    assertEquals(0, below, "nothing below the charts");
  }

  @Test
  void automaticColoursFollowTheSeriesIndexAndTheFirstAreaIsInFront() throws Exception {
    // chart3: "Squares" (c:idx 1, so accent 2) comes first and hides "Base Numbers" (c:idx 0,
    // accent 1, smaller values) entirely, as in LibreOffice; only the legend key shows accent 1
    BufferedImage page = render(2);
    assertTrue(count(page, ACCENT2, 57, 275) > 5_000, "Squares in accent 2, in front");
    assertTrue(count(page, ACCENT1, 57, 275) < 100, "Base Numbers hidden behind it");
  }

  @Test
  void aTitleIsEighteenPointWhenTheChartStatesNoTextSize() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      List<Float> sizes = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          if (text.contains("Thingy")) {
            positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
          }
        }
      };
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      stripper.getText(doc);
      assertTrue(!sizes.isEmpty(), "the pie chart's title is on page 2");
      for (float size : sizes) {
        assertEquals(18, size, 0.1, "title size (LibreOffice's default)");
      }
    }
  }

  @Test
  void chartsAreVectorFormsNotPictures() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDPage page = doc.getPage(1);
      int forms = 0;
      for (COSName name : page.getResources().getXObjectNames()) {
        PDXObject x = page.getResources().getXObject(name);
        assertTrue(!(x instanceof PDImageXObject), "no picture on the chart page");
        forms += x instanceof PDFormXObject ? 1 : 0;
      }
      assertEquals(2, forms, "one form per chart");
    }
  }

  @Test
  void schemeColoursWithModifiersResolveAgainstTheWorkbookTheme() throws Exception {
    // simple-monthly-budget.xlsx: bar 1 is accent1 (7FD13B), bar 2 accent1 with lumMod 40 %
    // lumOff 60 %, which LibreOffice shows as CCEDB1; the chart sits in rows 13-27
    Path budget = out.resolve("budget.pdf");
    new XlsxToPdf().convert(Corpus.root().resolve("dev/xlsx/simple-monthly-budget.xlsx"), budget,
        ConversionContext.unbounded());
    BufferedImage page = render(budget, 0);
    assertTrue(count(page, new Color(0x7FD13B), 280, 520) > 3_000, "first bar");
    assertTrue(count(page, new Color(0xCCEDB1), 280, 520) > 3_000, "second bar, lighter");
  }

  @Test
  void aChartSheetPrintsItsChartWithinItsOwnMargins() throws Exception {
    // stress024.xlsx, page 3: chart sheet "Selling price figure", margins 0.75 in left, 1 in top;
    // LibreOffice prints the chart from (54, 72), 464 pt wide; its column chart's value axis runs
    // from 150 to 200, so the green (008000) bars stop at the plot's bottom edge, above the labels
    Path sheets = out.resolve("chartsheet.pdf");
    new XlsxToPdf().convert(Corpus.root().resolve("dev/xlsx/stress024.xlsx"), sheets,
        ConversionContext.unbounded());
    assertTrue(PdfProbe.pageTexts(sheets).get(2).contains("Breakeven Yearling Selling Price"));
    BufferedImage page = render(sheets, 2);
    int[] box = inkBox(page);
    assertEquals(54, box[0], 1.5, "left edge at the left margin");
    assertEquals(72, box[1], 1.5, "top edge at the top margin");
    assertEquals(464, box[2] - box[0], 4, "width as LibreOffice prints it");
    int[] green = rows(page, new Color(0x008000));
    assertTrue(green[0] > 100 && green[1] < 375, "bars within the plot: rows " + green[0] + ".."
        + green[1]);
  }

  @Test
  void categoryNamesThatCannotFitAreThinnedOut() throws Exception {
    // 47813.xlsx, page 15: a column chart of 720 categories; LibreOffice shows one name in ~20
    Path sine = out.resolve("sine.pdf");
    new XlsxToPdf().convert(Corpus.root().resolve("dev/xlsx/47813.xlsx"), sine,
        ConversionContext.unbounded());
    String text = PdfProbe.pageTexts(sine).get(14);
    long names = java.util.Arrays.stream(text.split("\\s+")).filter(w -> w.matches("\\d+"))
        .count();
    assertTrue(names > 5 && names < 40, names + " category names shown");
  }

  /** Left, top, right, bottom of everything not white. */
  private static int[] inkBox(BufferedImage image) {
    int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          box[0] = Math.min(box[0], x);
          box[1] = Math.min(box[1], y);
          box[2] = Math.max(box[2], x);
          box[3] = Math.max(box[3], y);
        }
      }
    }
    return box;
  }

  /** First and last row with a pixel of exactly this colour ({-1, -1} for none). */
  private static int[] rows(BufferedImage image, Color color) {
    int[] rows = {-1, -1};
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == (color.getRGB() & 0xFFFFFF)) {
          rows[0] = rows[0] < 0 ? y : rows[0];
          rows[1] = y;
        }
      }
    }
    return rows;
  }

  /** The page at 72 dpi, so a pixel is a point. */
  private static BufferedImage render(int index) throws Exception {
    return render(pdf, index);
  }

  private static BufferedImage render(Path file, int index) throws Exception {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return new PDFRenderer(doc).renderImageWithDPI(index, 72);
    }
  }

  /** Pixels within a small distance of the colour in rows {@code top..bottom} (points). */
  private static int count(BufferedImage image, Color color, int top, int bottom) {
    int n = 0;
    for (int y = Math.max(0, top); y < Math.min(image.getHeight(), bottom); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color c = new Color(image.getRGB(x, y));
        if (Math.abs(c.getRed() - color.getRed()) + Math.abs(c.getGreen() - color.getGreen())
            + Math.abs(c.getBlue() - color.getBlue()) < 24) {
          n++;
        }
      }
    }
    return n;
  }
}
