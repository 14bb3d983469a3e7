package dev.docket.convert.chart;

import dev.docket.convert.chart.ChartModel.Axis;
import dev.docket.convert.chart.ChartModel.Kind;
import dev.docket.convert.chart.ChartModel.Legend;
import dev.docket.convert.chart.ChartModel.LegendPosition;
import dev.docket.convert.chart.ChartModel.Plot;
import dev.docket.convert.chart.ChartModel.Text;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChartSpace;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLayout;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLegend;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTManualLayout;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTTitle;
import org.openxmlformats.schemas.drawingml.x2006.chart.STLayoutTarget;

/**
 * Reads a chart part into a {@link ChartModel}: the plots through POI's XDDF model ({@link
 * PlotReader}), title, legend, layout and axes ({@link AxisReader}) from the chart XML
 * (ECMA-376 Part 1 §21.2.2). Chart text is 10 pt unless the chart says otherwise; a title is
 * bold, 120 % of the chart space's text size where that states one, else 18 pt, as LibreOffice
 * draws them ({@code oox/source/drawingml/chart/objectformatter.cxx}, chart title text entry).
 */
public final class ChartReader {
  static final double DEFAULT_TEXT_SIZE = 10;
  static final double TITLE_SCALE = 1.2;
  /** A title's size when the chart space states no text size (LibreOffice's, and Excel's). */
  static final double DEFAULT_TITLE_SIZE = 18;
  private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
  private static final String C14_NS =
      "http://schemas.microsoft.com/office/drawing/2007/8/2/chart";

  private ChartReader() {}

  /**
   * @return the model; its plot list is empty when the chart has no type this package draws
   */
  public static ChartModel read(XDDFChart chart, ChartTheme theme) {
    CTChartSpace space = chart.getCTChartSpace();
    CTChart ct = chart.getCTChart();
    Text base = TextLook.of(space.isSetTxPr() ? space.getTxPr() : null,
        new Text("", DEFAULT_TEXT_SIZE, false, Color.BLACK), theme);
    SeriesColors colors = new SeriesColors(theme, style(space));
    List<Plot> plots = new ArrayList<>();
    List<XDDFChartData> groups = chart.getChartSeries();
    int allSeries = groups.stream().mapToInt(XDDFChartData::getSeriesCount).sum();
    int seriesIndex = 0;
    for (XDDFChartData data : groups) {
      Plot plot = PlotReader.read(data, seriesIndex, allSeries, colors, base, theme);
      if (plot != null) {
        plots.add(plot);
        seriesIndex += plot.series().size();
      }
    }
    CTPlotArea area = ct.getPlotArea();
    boolean scatter = plots.stream().anyMatch(p -> p.kind() == Kind.SCATTER);
    Axis categoryAxis = AxisReader.category(area, scatter, base, theme);
    Axis valueAxis = AxisReader.value(area, scatter, base, theme);
    CTManualLayout layout = manual(area.isSetLayout() ? area.getLayout() : null);
    boolean sized = space.isSetTxPr()
        && TextLook.of(space.getTxPr(), new Text("", Double.NaN, false, Color.BLACK), theme)
            .size() > 0;
    return new ChartModel(title(ct, plots, base, sized, theme), legend(ct, base, theme), plots,
        categoryAxis, valueAxis, fractions(layout),
        layout != null && layout.isSetLayoutTarget()
            && layout.getLayoutTarget().getVal() == STLayoutTarget.INNER);
  }

  /** The explicit title, or the only series' name when the title element has no text. */
  private static Text title(CTChart ct, List<Plot> plots, Text base, boolean sized,
      ChartTheme theme) {
    if (!ct.isSetTitle()) {
      return null;
    }
    CTTitle title = ct.getTitle();
    double size = sized ? base.size() * TITLE_SCALE : DEFAULT_TITLE_SIZE;
    Text look = new Text("", size, true, base.color());
    look = TextLook.of(title.isSetTxPr() ? title.getTxPr() : null, look, theme);
    String text = null;
    if (title.isSetTx() && title.getTx().isSetRich()) {
      look = TextLook.of(title.getTx().getRich(), look, theme);
      text = TextLook.plain(title.getTx().getRich());
    } else {
      long count = plots.stream().mapToLong(p -> p.series().size()).sum();
      text = count == 1 ? plots.get(0).series().get(0).name() : null;
    }
    return text == null || text.isBlank() ? null
        : new Text(text, look.size(), look.bold(), look.color());
  }

  private static Legend legend(CTChart ct, Text base, ChartTheme theme) {
    if (!ct.isSetLegend()) {
      return null;
    }
    CTLegend legend = ct.getLegend();
    Text look = TextLook.of(legend.isSetTxPr() ? legend.getTxPr() : null, base, theme);
    LegendPosition position = LegendPosition.RIGHT;
    if (legend.isSetLegendPos()) {
      position = switch (legend.getLegendPos().getVal().toString()) {
        case "l" -> LegendPosition.LEFT;
        case "t" -> LegendPosition.TOP;
        case "b" -> LegendPosition.BOTTOM;
        case "tr" -> LegendPosition.TOP_RIGHT;
        default -> LegendPosition.RIGHT;
      };
    }
    return new Legend(position, look.size(), look.color());
  }

  private static CTManualLayout manual(CTLayout layout) {
    return layout != null && layout.isSetManualLayout() ? layout.getManualLayout() : null;
  }

  /** A manual layout in edge mode, as fractions of the chart space; else {@code null}. */
  private static Rectangle2D fractions(CTManualLayout layout) {
    if (layout == null || !layout.isSetX() || !layout.isSetY() || !layout.isSetW()
        || !layout.isSetH()) {
      return null;
    }
    boolean edge = (!layout.isSetXMode() || "edge".equals(layout.getXMode().getVal().toString()))
        && (!layout.isSetYMode() || "edge".equals(layout.getYMode().getVal().toString()));
    double x = layout.getX().getVal();
    double y = layout.getY().getVal();
    double w = layout.getW().getVal();
    double h = layout.getH().getVal();
    if (!edge || w <= 0 || h <= 0 || x < 0 || y < 0 || x + w > 1.01 || y + h > 1.01) {
      return null;
    }
    return new Rectangle2D.Double(x, y, w, h);
  }

  /** The chart style number ({@code c:style}, or Office 2010's {@code c14:style} less 100). */
  static int style(XmlObject space) {
    try (XmlCursor cursor = space.newCursor()) {
      while (cursor.hasNextToken()) {
        if (cursor.toNextToken().isStart() && "style".equals(cursor.getName().getLocalPart())) {
          String ns = cursor.getName().getNamespaceURI();
          String val = cursor.getAttributeText(new javax.xml.namespace.QName("", "val"));
          if (val != null && (CHART_NS.equals(ns) || C14_NS.equals(ns))) {
            int style = Integer.parseInt(val.trim());
            return C14_NS.equals(ns) ? style - 100 : style;
          }
        }
      }
    } catch (NumberFormatException e) {
      return 2;
    }
    return 2;
  }
}
