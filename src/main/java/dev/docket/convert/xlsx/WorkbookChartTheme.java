package dev.docket.convert.xlsx;

import dev.docket.convert.Fonts;
import dev.docket.convert.chart.ChartTheme;
import java.awt.Color;
import org.apache.poi.xslf.usermodel.XSLFColor;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.apache.poi.xssf.model.ThemesTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workbook's theme ({@code xl/theme/theme1.xml}, the same DrawingML theme part a presentation
 * has) as the charts on its sheets see it. POI resolves DrawingML colours with their modifiers
 * ({@code lumMod}, {@code tint}, ...) only in its slide model, so the theme part is read a second
 * time as an {@link XSLFTheme} and colours go through {@link XSLFColor}; a spreadsheet has no
 * colour map, so {@code tx1}/{@code bg1} are the theme's {@code dk1}/{@code lt1}. Without a theme
 * part, Office's default accents and Calibri apply.
 */
final class WorkbookChartTheme implements ChartTheme {
  private static final Logger LOG = LoggerFactory.getLogger(WorkbookChartTheme.class);
  /** Office 2007's default accents, for a workbook that names none. */
  private static final int[] OFFICE_ACCENTS =
      {0x4F81BD, 0xC0504D, 0x9BBB59, 0x8064A2, 0x4BACC6, 0xF79646};
  private static final String DEFAULT_BODY_FONT = "Calibri";

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
      return new XSLFColor(colorChoice, theme, null, null).getColor();
    } catch (RuntimeException e) {
      return null;
    }
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
