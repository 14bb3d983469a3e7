package dev.docket.convert.docx;

import org.apache.poi.xwpf.usermodel.XWPFTheme;

/**
 * The theme's major (headings) and minor (body) fonts, which run properties may name instead of a
 * typeface (ECMA-376 Part 1 §17.18.96 ST_Theme: {@code minorHAnsi}, {@code majorBidi}, ...). POI's
 * {@link XWPFTheme} only exposes the Latin faces; complex-script theme faces resolve to Times New
 * Roman, which Word uses for Arabic and Hebrew in the default theme.
 */
final class ThemeFonts {
  private final String major;
  private final String minor;

  ThemeFonts(String major, String minor) {
    this.major = blankToNull(major);
    this.minor = blankToNull(minor);
  }

  static ThemeFonts of(XWPFTheme theme) {
    if (theme == null) {
      return new ThemeFonts(null, null);
    }
    return new ThemeFonts(theme.getMajorFont(), theme.getMinorFont());
  }

  /** The typeface for a theme font reference, or null when the theme does not say. */
  String resolve(String ref) {
    if (ref.endsWith("Bidi")) {
      return "Times New Roman";
    }
    return ref.startsWith("major") ? first(major, minor) : first(minor, major);
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
