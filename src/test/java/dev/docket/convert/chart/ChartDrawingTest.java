package dev.docket.convert.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.convert.ConversionContext;
import dev.docket.convert.DocumentType;
import dev.docket.convert.SlideShowToPdf;
import dev.docket.support.Corpus;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts are drawn from their data: a bar and a pie chart built here with POI's XDDF API, and the
 * corpus decks whose charts LibreOffice draws. The title, category names and value labels must be
 * text in the PDF, and the chart's frame must not be blank.
 */
class ChartDrawingTest {
  /** The chart's frame on the slide, in points. */
  private static final Rectangle2D FRAME = new Rectangle2D.Double(60, 80, 480, 320);
  private static final String[] FRUIT = {"Apples", "Pears", "Plums"};
  private static final Double[] HARVEST = {12.0, 7.0, 30.0};

  @TempDir
  Path out;

  @Test
  void barChartBuiltWithXddfIsDrawnWithTitleCategoriesAndValues() throws Exception {
    Path pdf = convert(deck(ChartTypes.BAR, "Fruit harvest"));
    String text = text(pdf);
    for (String word : new String[] {"Fruit harvest", "Apples", "Pears", "Plums", "30"}) {
      assertTrue(text.contains(word), word + " in " + text);
    }
    assertTrue(inkInFrame(pdf) > 0.03, "the bars are drawn");
  }

  @Test
  void pieChartBuiltWithXddfIsDrawnWithTitleAndLegend() throws Exception {
    Path pdf = convert(deck(ChartTypes.PIE, "Share of harvest"));
    String text = text(pdf);
    for (String word : new String[] {"Share of harvest", "Apples", "Plums", "30"}) {
      assertTrue(text.contains(word), word + " in " + text);
    }
    assertTrue(inkInFrame(pdf) > 0.1, "the slices are drawn");
  }

  @Test
  void corpusChartsShowTheirLabelsAsLibreOfficeDoes() throws Exception {
    String pie = text(convertCorpus("pie-chart.pptx"));
    for (String word : new String[] {"Sales", "1st Qtr", "4th Qtr"}) {
      assertTrue(pie.contains(word), word + " in pie-chart.pptx");
    }
    String bars = text(convertCorpus("aascu.org_hbcu_leadershipsummit_cooper_.pptx"));
    for (String word : new String[] {"100%", "Native", "Degree Attained", "62"}) {
      assertTrue(bars.contains(word), word + " in the cooper deck's 100 % stacked chart");
    }
  }

  @Test
  void automaticScaleUsesNiceSteps() {
    ValueScale percent = ValueScale.of(0, 1, null, null, null, 10, false);
    assertEquals(0.1, percent.step(), 1e-9);
    assertEquals(1, percent.max(), 1e-9);
    ValueScale scatter = ValueScale.of(0, 1.5, null, null, null, 10, true);
    assertEquals(0.2, scatter.step(), 1e-9);
    assertEquals(1.6, scatter.max(), 1e-9);
    assertEquals(9, ValueScale.of(0, 8, null, null, null, 10, true).max(), 1e-9,
        "an end on the largest value moves out a step");
  }

  private Path deck(ChartTypes type, String title) throws IOException {
    Path deck = out.resolve(type + ".pptx");
    try (XMLSlideShow show = new XMLSlideShow(); OutputStream os = Files.newOutputStream(deck)) {
      XSLFSlide slide = show.createSlide();
      XSLFChart chart = show.createChart();
      slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(FRAME.getX()),
          Units.toEMU(FRAME.getY()), Units.toEMU(FRAME.getWidth()), Units.toEMU(FRAME.getHeight())));
      XDDFDataSource<String> fruit = XDDFDataSourcesFactory.fromArray(FRUIT,
          chart.formatRange(new CellRangeAddress(1, 3, 0, 0)), 0);
      XDDFNumericalDataSource<Double> harvest = XDDFDataSourcesFactory.fromArray(HARVEST,
          chart.formatRange(new CellRangeAddress(1, 3, 1, 1)), 1);
      XDDFChartData data;
      if (type == ChartTypes.BAR) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        data = chart.createData(type, x, y);
        ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
      } else {
        data = chart.createData(type, null, null);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
      }
      data.addSeries(fruit, harvest).setTitle("Harvest", chart.setSheetTitle("Harvest", 1));
      chart.plot(data);
      chart.setTitleText(title);
      chart.setAutoTitleDeleted(false);
      showValues(chart);
      show.write(os);
    }
    return deck;
  }

  /** Data labels showing values, on every series. */
  private static void showValues(XSLFChart chart) {
    var plotArea = chart.getCTChart().getPlotArea();
    plotArea.getBarChartList().forEach(b -> b.getSerList().forEach(
        s -> s.addNewDLbls().addNewShowVal().setVal(true)));
    plotArea.getPieChartList().forEach(p -> p.getSerList().forEach(
        s -> s.addNewDLbls().addNewShowVal().setVal(true)));
  }

  private Path convert(Path deck) throws Exception {
    Path pdf = out.resolve(deck.getFileName() + ".pdf");
    new SlideShowToPdf(DocumentType.PPTX).convert(deck, pdf, ConversionContext.unbounded());
    return pdf;
  }

  private Path convertCorpus(String name) throws Exception {
    return convert(Corpus.root().resolve("dev/pptx").resolve(name));
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Share of non-white pixels inside the chart's frame on page 1, rendered at 72 dpi. */
  private static double inkInFrame(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      BufferedImage page = new PDFRenderer(doc).renderImage(0, 1f);
      int ink = 0;
      int all = 0;
      for (int y = (int) FRAME.getY(); y < FRAME.getMaxY() && y < page.getHeight(); y++) {
        for (int x = (int) FRAME.getX(); x < FRAME.getMaxX() && x < page.getWidth(); x++) {
          all++;
          ink += (page.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
        }
      }
      return (double) ink / all;
    }
  }
}
