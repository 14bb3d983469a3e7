package dev.docket.convert;

import dev.docket.convert.chart.ChartPainter;
import dev.docket.convert.chart.ChartTheme;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.draw.DrawShape;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFColor;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws the chart of a pptx graphic frame from its data ({@link ChartPainter}) instead of the
 * picture PowerPoint may have cached for it, with the slide's theme: its colours (through POI's
 * {@link XSLFColor}, which applies the colour map and modifiers; the chart's own theme override
 * wins for the accents, {@link OverrideAccents}) and its body font, mapped to an installed one
 * ({@link Fonts}).
 */
final class SlideCharts {
  private static final Logger LOG = LoggerFactory.getLogger(SlideCharts.class);
  /** Office's default accents, for a theme that names none. */
  private static final int[] OFFICE_ACCENTS =
      {0x4F81BD, 0xC0504D, 0x9BBB59, 0x8064A2, 0x4BACC6, 0xF79646};

  private SlideCharts() {}

  /** @return false when the chart cannot be drawn (the caller draws the fallback picture) */
  static boolean draw(XSLFGraphicFrame frame, Graphics2D graphics) {
    try {
      Rectangle2D anchor = DrawShape.getAnchor(graphics, frame);
      XSLFChart chart = frame.getChart();
      return ChartPainter.draw(chart, new Theme(frame.getSheet(), OverrideAccents.of(chart)),
          graphics, anchor);
    } catch (RuntimeException | LinkageError e) {
      LOG.debug("chart {} not drawn from its data: {}", frame.getShapeName(), e.toString(), e);
      return false;
    }
  }

  /** A slide's theme as charts see it. */
  private static final class Theme implements ChartTheme {
    private final XSLFSheet sheet;
    private final XSLFTheme theme;
    private final Map<Integer, Color> accents;

    Theme(XSLFSheet sheet, Map<Integer, Color> accents) {
      this.sheet = sheet;
      this.theme = sheet.getTheme();
      this.accents = accents;
    }

    @Override
    public Color color(XmlObject colorChoice) {
      try {
        return new XSLFColor(colorChoice, theme, null, sheet).getColor();
      } catch (RuntimeException e) {
        return null;
      }
    }

    @Override
    public Color accent(int index) {
      if (accents.containsKey(index)) {
        return accents.get(index);
      }
      CTColor color = theme == null ? null : theme.getCTColor("accent" + index);
      Color resolved = color == null ? null : color(color);
      return resolved != null ? resolved : new Color(OFFICE_ACCENTS[(index - 1) % 6]);
    }

    @Override
    public String fontFamily(String typeface) {
      String face = typeface != null ? typeface : theme == null ? null : theme.getMinorFont();
      String mapped = Fonts.map(face);
      return mapped == null || mapped.isBlank() || mapped.startsWith("+") ? Fonts.SANS : mapped;
    }
  }
}
