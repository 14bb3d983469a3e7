package dev.docket.convert;

import java.awt.GraphicsEnvironment;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which installed font stands in for a typeface a document names. Office fonts are replaced by
 * their metric-compatible free twins (Carlito, Caladea, Liberation), CJK faces by WenQuanYi Micro
 * Hei, and anything else that is not installed by DejaVu (as fontconfig, and so LibreOffice, would
 * choose). Symbol fonts (Wingdings, Symbol, ...) keep their name, because POI maps their private-use
 * characters to Unicode only while the run still names them.
 *
 * <p>Installed fonts (Debian): fonts-crosextra-carlito, fonts-crosextra-caladea, fonts-liberation2,
 * fonts-dejavu-core, fonts-wqy-microhei.
 */
public final class Fonts {
  /** The face for Chinese, Japanese and Korean text. */
  public static final String CJK = "WenQuanYi Micro Hei";
  /** The face for unknown sans-serif (and unknown anything) typefaces. */
  public static final String SANS = "DejaVu Sans";
  static final String SERIF = "DejaVu Serif";
  static final String MONO = "DejaVu Sans Mono";

  /** Typeface (lower case) to installed family: the one table of replacements. */
  private static final Map<String, String> TABLE = Map.ofEntries(
      Map.entry("calibri", "Carlito"), Map.entry("calibri light", "Carlito"),
      Map.entry("cambria", "Caladea"),
      Map.entry("arial", "Liberation Sans"), Map.entry("helvetica", "Liberation Sans"),
      Map.entry("arial mt", "Liberation Sans"), Map.entry("arial unicode ms", "Liberation Sans"),
      Map.entry("times new roman", "Liberation Serif"), Map.entry("times", "Liberation Serif"),
      Map.entry("times-roman", "Liberation Serif"), Map.entry("tms rmn", "Liberation Serif"),
      Map.entry("courier new", "Liberation Mono"), Map.entry("courier", "Liberation Mono"),
      Map.entry("consolas", MONO), Map.entry("lucida console", MONO), Map.entry("monaco", MONO),
      Map.entry("georgia", SERIF), Map.entry("garamond", SERIF), Map.entry("palatino", SERIF),
      Map.entry("palatino linotype", SERIF), Map.entry("book antiqua", SERIF),
      Map.entry("bookman old style", SERIF), Map.entry("century schoolbook", SERIF),
      Map.entry("ms gothic", CJK), Map.entry("ms pgothic", CJK), Map.entry("ms ui gothic", CJK),
      Map.entry("ms mincho", CJK), Map.entry("ms pmincho", CJK), Map.entry("meiryo", CJK),
      Map.entry("meiryo ui", CJK), Map.entry("yu gothic", CJK), Map.entry("yu mincho", CJK),
      Map.entry("simsun", CJK), Map.entry("nsimsun", CJK), Map.entry("simhei", CJK),
      Map.entry("microsoft yahei", CJK), Map.entry("pmingliu", CJK), Map.entry("mingliu", CJK),
      Map.entry("microsoft jhenghei", CJK), Map.entry("malgun gothic", CJK),
      Map.entry("gulim", CJK), Map.entry("dotum", CJK), Map.entry("batang", CJK),
      Map.entry("gungsuh", CJK), Map.entry("kaiti", CJK), Map.entry("fangsong", CJK),
      Map.entry("dfkai-sb", CJK), Map.entry("hiragino kaku gothic pro", CJK),
      Map.entry("hiragino mincho pro", CJK), Map.entry("osaka", CJK));

  /** Fonts whose characters POI re-maps to Unicode by name ({@code DrawFontManagerDefault}). */
  private static final Set<String> SYMBOL = Set.of(
      "wingdings", "wingdings 2", "wingdings 3", "webdings", "symbol", "marlett", "mt extra");

  private Fonts() {}

  /**
   * @param typeface a typeface named by a document; {@code null}, blank and theme references
   *     ({@code +mn-lt}) are returned unchanged
   * @return the installed family to lay the text out with
   */
  public static String map(String typeface) {
    if (typeface == null || typeface.isBlank() || typeface.startsWith("+")) {
      return typeface;
    }
    String key = typeface.trim().toLowerCase(Locale.ROOT);
    String mapped = TABLE.get(key);
    if (mapped != null) {
      return mapped;
    }
    if (SYMBOL.contains(key) || Installed.FAMILIES.contains(key)) {
      return typeface;
    }
    if (hasCjk(typeface) || key.startsWith("hg") && key.contains("gothic")) {
      return CJK;
    }
    if (key.contains("mono") || key.contains("courier")) {
      return MONO;
    }
    return SANS;
  }

  /** True for symbol fonts, whose private-use characters POI re-maps while the name stays. */
  static boolean isSymbol(String typeface) {
    return typeface != null && SYMBOL.contains(typeface.trim().toLowerCase(Locale.ROOT));
  }

  /** True for faces whose names are in a CJK script (宋体, ＭＳ Ｐゴシック, 맑은 고딕, ...). */
  static boolean hasCjk(String s) {
    return s.codePoints().anyMatch(Fonts::isCjk);
  }

  /** CJK ideographs, kana, hangul, bopomofo and full-width forms. */
  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO || (cp >= 0xFF00 && cp <= 0xFFEF)
        || (cp >= 0x3000 && cp <= 0x303F);
  }

  /** The font families AWT can use on this machine, lower case; looked up once. */
  private static final class Installed {
    static final Set<String> FAMILIES = Stream.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
            .getAvailableFontFamilyNames(Locale.ROOT))
        .map(f -> f.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
