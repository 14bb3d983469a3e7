package dev.docket.convert.docx;

/**
 * Converts WordprocessingML measures to PDF points (1/72 inch). ECMA-376 Part 1: twentieths of a
 * point (twips, §17.18.105 ST_TwipsMeasure), half-points (§17.18.43 ST_HpsMeasure), eighths of a
 * point (border widths, §17.18.2), EMUs (914,400 per inch, §20.1.2.1) and universal measures with
 * a unit suffix ({@code 2.5in}, {@code 12pt}, §22.9.2.15 ST_UniversalMeasure). Unparseable values
 * give the fallback.
 */
final class Units {
  /** EMUs per point. */
  static final double EMU_PER_POINT = 12_700;

  private Units() {}

  /** A twips measure (or a universal measure) in points. */
  static float twips(String value, float fallback) {
    return measure(value, 20, fallback);
  }

  /** A half-point measure (font sizes) in points. */
  static float halfPoints(String value, float fallback) {
    return measure(value, 2, fallback);
  }

  /** An eighth-of-a-point measure (border widths) in points. */
  static float eighths(String value, float fallback) {
    return measure(value, 8, fallback);
  }

  /** An EMU measure in points. */
  static float emu(String value, float fallback) {
    return measure(value, EMU_PER_POINT, fallback);
  }

  /**
   * A VML/CSS length ({@code 12pt}, {@code 1.5in}, {@code 20px}, a bare number in pixels) in points.
   */
  static float css(String value, float fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String v = value.trim();
    if (Character.isDigit(v.charAt(v.length() - 1)) || v.endsWith(".")) {
      return (float) (parse(v, Double.NaN) * 0.75);
    }
    float suffixed = universal(v);
    return Float.isNaN(suffixed) ? fallback : suffixed;
  }

  /** A number with an optional unit suffix; bare numbers are divided by {@code perPoint}. */
  private static float measure(String value, double perPoint, float fallback) {
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    char last = value.charAt(value.length() - 1);
    if (Character.isDigit(last)) {
      double n = parse(value, Double.NaN);
      return Double.isNaN(n) ? fallback : (float) (n / perPoint);
    }
    float suffixed = universal(value.trim());
    return Float.isNaN(suffixed) ? fallback : suffixed;
  }

  private static float universal(String v) {
    if (v.length() < 3) {
      return Float.NaN;
    }
    String unit = v.substring(v.length() - 2);
    double n = parse(v.substring(0, v.length() - 2), Double.NaN);
    double factor = switch (unit) {
      case "pt" -> 1;
      case "in" -> 72;
      case "cm" -> 72 / 2.54;
      case "mm" -> 72 / 25.4;
      case "pc", "pi" -> 12;
      case "px" -> 0.75;
      case "em" -> 12;
      default -> Double.NaN;
    };
    return (float) (n * factor);
  }

  /** An integer attribute, or the fallback. */
  static int integer(String value, int fallback) {
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    double n = parse(value, Double.NaN);
    return Double.isNaN(n) ? fallback : (int) Math.round(n);
  }

  private static double parse(String value, double fallback) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /**
   * An on/off value (§17.17.4 ST_OnOff): absent attribute means on; "false", "0", "off" mean off.
   */
  static boolean onOff(XmlNode element) {
    if (element == null) {
      return false;
    }
    String v = element.attr("val");
    return v == null || !(v.equals("0") || v.equals("false") || v.equals("off"));
  }

  /**
   * A hex colour ({@code FF0000}) as 0xRRGGBB, or -1 for {@code auto}, absent or malformed values.
   */
  static int color(String value) {
    if (value == null || value.length() != 6 || value.equalsIgnoreCase("auto")) {
      return -1;
    }
    try {
      return Integer.parseInt(value, 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
