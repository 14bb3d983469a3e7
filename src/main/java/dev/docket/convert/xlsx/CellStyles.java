package dev.docket.convert.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder.BorderSide;

/**
 * Resolves the workbook's cell styles into {@link CellLook}s, once per style index. Pattern fills
 * other than solid are drawn as the flat colour the pattern averages to (a 50% gray pattern of
 * black on white is mid-gray), which is what they look like printed small.
 */
final class CellStyles {
  private final XSSFWorkbook workbook;
  private final Map<Integer, CellLook> looks = new HashMap<>();

  CellStyles(XSSFWorkbook workbook) {
    this.workbook = workbook;
  }

  /** The look of a style by index; index 0 (the default) when the index is out of range. */
  CellLook look(int styleIndex) {
    CellLook look = looks.get(styleIndex);
    if (look == null) {
      int index = styleIndex >= 0 && styleIndex < workbook.getNumCellStyles() ? styleIndex : 0;
      look = resolve(workbook.getCellStyleAt(index));
      looks.put(styleIndex, look);
    }
    return look;
  }

  private static CellLook resolve(XSSFCellStyle style) {
    XSSFFont font = style.getFont();
    int rotation = style.getRotation();
    if (rotation > 90 && rotation <= 180) {
      rotation = -(rotation - 90);
    } else if (rotation > 180) {
      rotation = 0; // 255: stacked letters, drawn horizontally
    }
    return new CellLook(font.getFontName(), Math.max(1, font.getFontHeight() / 20f),
        font.getBold(), font.getItalic(), font.getUnderline() != FontUnderline.NONE.getByteValue(),
        font.getStrikeout(), rgb(font.getXSSFColor()), fill(style),
        edge(style, BorderSide.TOP, style.getBorderTop()),
        edge(style, BorderSide.RIGHT, style.getBorderRight()),
        edge(style, BorderSide.BOTTOM, style.getBorderBottom()),
        edge(style, BorderSide.LEFT, style.getBorderLeft()),
        style.getAlignment() == null ? HorizontalAlignment.GENERAL : style.getAlignment(),
        style.getVerticalAlignment() == null ? VerticalAlignment.BOTTOM : style.getVerticalAlignment(),
        style.getWrapText(), rotation, style.getIndention(), style.getShrinkToFit());
  }

  private static CellLook.Edge edge(XSSFCellStyle style, BorderSide side, BorderStyle line) {
    if (line == null || line == BorderStyle.NONE) {
      return CellLook.Edge.NONE;
    }
    int rgb = rgb(style.getBorderColor(side));
    return new CellLook.Edge(line, rgb < 0 ? 0 : rgb);
  }

  private static int fill(XSSFCellStyle style) {
    FillPatternType pattern = style.getFillPattern();
    if (pattern == null || pattern == FillPatternType.NO_FILL) {
      return -1;
    }
    int fg = rgb(style.getFillForegroundXSSFColor());
    if (pattern == FillPatternType.SOLID_FOREGROUND) {
      return fg < 0 ? 0 : fg;
    }
    int bg = rgb(style.getFillBackgroundXSSFColor());
    return mix(fg < 0 ? 0 : fg, bg < 0 ? 0xFFFFFF : bg, coverage(pattern));
  }

  /** Share of the pattern's pixels in the foreground colour. */
  private static float coverage(FillPatternType pattern) {
    return switch (pattern) {
      case LEAST_DOTS -> 0.0625f; // gray0625
      case LESS_DOTS -> 0.125f; // gray125
      case SPARSE_DOTS, THIN_HORZ_BANDS, THIN_VERT_BANDS, THIN_BACKWARD_DIAG, THIN_FORWARD_DIAG,
          SQUARES, DIAMONDS -> 0.25f; // lightGray and the light patterns
      case ALT_BARS, BRICKS -> 0.75f; // darkGray, darkTrellis
      default -> 0.5f; // mediumGray and the dark patterns
    };
  }

  private static int mix(int fg, int bg, float share) {
    int r = Math.round(((fg >> 16) & 0xFF) * share + ((bg >> 16) & 0xFF) * (1 - share));
    int g = Math.round(((fg >> 8) & 0xFF) * share + ((bg >> 8) & 0xFF) * (1 - share));
    int b = Math.round((fg & 0xFF) * share + (bg & 0xFF) * (1 - share));
    return r << 16 | g << 8 | b;
  }

  /** A colour of a rich-text run, with the workbook's palette and theme; -1 for automatic. */
  int rgb(org.openxmlformats.schemas.spreadsheetml.x2006.main.CTColor color) {
    XSSFColor xssf = XSSFColor.from(color, workbook.getStylesSource().getIndexedColors());
    if (xssf != null && workbook.getStylesSource().getTheme() != null) {
      workbook.getStylesSource().getTheme().inheritFromThemeAsRequired(xssf);
    }
    return rgb(xssf);
  }

  /** Packed RGB with tint applied, or -1 for none/automatic. */
  static int rgb(XSSFColor color) {
    if (color == null || color.isAuto()) {
      return -1;
    }
    byte[] rgb;
    try {
      rgb = color.getRGB(); // resolves indexed and (already inherited) theme colours
    } catch (RuntimeException e) {
      return -1;
    }
    if (rgb == null || rgb.length < 3) {
      return -1;
    }
    int o = rgb.length - 3;
    int packed = (rgb[o] & 0xFF) << 16 | (rgb[o + 1] & 0xFF) << 8 | (rgb[o + 2] & 0xFF);
    return color.hasTint() ? tint(packed, color.getTint()) : packed;
  }

  /** Excel's tint: lightens (positive) or darkens (negative) the colour's HLS luminance. */
  static int tint(int rgb, double tint) {
    float hue = java.awt.Color.RGBtoHSB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, null)[0];
    double r = ((rgb >> 16) & 0xFF) / 255.0;
    double g = ((rgb >> 8) & 0xFF) / 255.0;
    double b = (rgb & 0xFF) / 255.0;
    double max = Math.max(r, Math.max(g, b));
    double min = Math.min(r, Math.min(g, b));
    double l = (max + min) / 2;
    double sat = max == min ? 0 : l < 0.5 ? (max - min) / (max + min) : (max - min) / (2 - max - min);
    l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
    double q = l < 0.5 ? l * (1 + sat) : l + sat - l * sat;
    double p = 2 * l - q;
    double h = hue;
    int nr = (int) Math.round(hue(p, q, h + 1 / 3.0) * 255);
    int ng = (int) Math.round(hue(p, q, h) * 255);
    int nb = (int) Math.round(hue(p, q, h - 1 / 3.0) * 255);
    return clamp(nr) << 16 | clamp(ng) << 8 | clamp(nb);
  }

  private static double hue(double p, double q, double t) {
    t = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (t < 1 / 6.0) {
      return p + (q - p) * 6 * t;
    }
    if (t < 0.5) {
      return q;
    }
    return t < 2 / 3.0 ? p + (q - p) * (2 / 3.0 - t) * 6 : p;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
