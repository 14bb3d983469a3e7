package dev.docket.convert.xlsx;

import dev.docket.convert.Fonts;
import dev.docket.convert.chart.ChartTheme;
import java.awt.Color;
import java.util.HexFormat;
import javax.xml.namespace.QName;
import org.apache.poi.xslf.usermodel.XSLFColor;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.apache.poi.xssf.model.ThemesTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workbook's theme ({@code xl/theme/theme1.xml}, the same DrawingML theme part a presentation
 * has) as the charts on its sheets see it. POI resolves DrawingML colours with their modifiers
 * ({@code lumMod}, {@code tint}, ...) only in its slide model, so the theme part is read a second
 * time as an {@link XSLFTheme} and colours go through {@link XSLFColor}. That class maps scheme
 * colours through a slide's colour map, which a workbook does not have: here a scheme colour is
 * first replaced by the theme's RGB value (in a copy, keeping its modifiers), {@code tx1}/{@code
 * bg1}/{@code tx2}/{@code bg2} being the theme's {@code dk1}/{@code lt1}/{@code dk2}/{@code lt2}
 * (ECMA-376 Part 1 §20.1.6.2; Excel's fixed mapping). Without a theme part, Office's default
 * accents and Calibri apply.
 */
final class WorkbookChartTheme implements ChartTheme {
  private static final Logger LOG = LoggerFactory.getLogger(WorkbookChartTheme.class);
  /** Office 2007's default accents, for a workbook that names none. */
  private static final int[] OFFICE_ACCENTS =
      {0x4F81BD, 0xC0504D, 0x9BBB59, 0x8064A2, 0x4BACC6, 0xF79646};
  private static final String DEFAULT_BODY_FONT = "Calibri";
  private static final String DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final QName SCHEME_CLR = new QName(DRAWING_NS, "schemeClr");
  private static final QName SRGB_CLR = new QName(DRAWING_NS, "srgbClr");
  private static final QName VAL = new QName("", "val");
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private final XSLFTheme theme;

  private WorkbookChartTheme(XSLFTheme theme) {
    this.theme = theme;
  }

  /** The workbook's theme; a damaged or missing theme part gives Office's defaults. */
  static WorkbookChartTheme of(XSSFWorkbook workbook) {
    ThemesTable themes = workbook.getTheme();
    if (themes == null) {
      return new WorkbookChartTheme(null);
    }
    try {
      return new WorkbookChartTheme(new XSLFTheme(themes.getPackagePart()));
    } catch (Exception e) {
      LOG.debug("workbook theme not readable for charts: {}", e.toString());
      return new WorkbookChartTheme(null);
    }
  }

  @Override
  public Color color(XmlObject colorChoice) {
    try {
      return new XSLFColor(withThemeRgb(colorChoice), theme, null, null).getColor();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A copy whose {@code a:schemeClr} elements are {@code a:srgbClr} of the theme's value. */
  private XmlObject withThemeRgb(XmlObject colorChoice) {
    XmlObject copy = colorChoice.copy();
    try (XmlCursor cursor = copy.newCursor()) {
      while (cursor.hasNextToken()) {
        if (cursor.toNextToken().isStart() && SCHEME_CLR.equals(cursor.getName())) {
          String rgb = themeRgb(cursor.getAttributeText(VAL));
          if (rgb != null) {
            cursor.setName(SRGB_CLR);
            cursor.setAttributeText(VAL, rgb);
          }
        }
      }
    }
    return copy;
  }

  /** The theme's colour for a scheme colour name, as six hex digits; {@code null} if none. */
  private String themeRgb(String scheme) {
    if (theme == null || scheme == null) {
      return null;
    }
    String name = switch (scheme) {
      case "tx1" -> "dk1";
      case "tx2" -> "dk2";
      case "bg1" -> "lt1";
      case "bg2" -> "lt2";
      default -> scheme;
    };
    CTColor color = theme.getCTColor(name);
    if (color == null) {
      return null;
    }
    if (color.isSetSrgbClr()) {
      return HEX.formatHex(color.getSrgbClr().getVal());
    }
    if (color.isSetSysClr() && color.getSysClr().isSetLastClr()) {
      return HEX.formatHex(color.getSysClr().getLastClr());
    }
    return null;
  }

  @Override
  public Color accent(int index) {
    CTColor color = theme == null ? null : theme.getCTColor("accent" + index);
    Color resolved = color == null ? null : color(color);
    return resolved != null ? resolved : new Color(OFFICE_ACCENTS[(index - 1) % 6]);
  }

  @Override
  public String fontFamily(String typeface) {
    String face = typeface;
    if (face == null || face.startsWith("+")) {
      face = theme == null || theme.getMinorFont() == null ? DEFAULT_BODY_FONT
          : theme.getMinorFont();
    }
    String mapped = Fonts.map(face);
    return mapped == null || mapped.isBlank() ? Fonts.SANS : mapped;
  }
}
