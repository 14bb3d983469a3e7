package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the style hierarchy of ECMA-376 Part 1 §17.7.2: document defaults
 * ({@code w:docDefaults}, §17.7.5) → table style → paragraph style → character style, each style
 * with its {@code w:basedOn} chain applied from the root down (§17.7.4.3). Direct formatting is
 * applied by the caller on a copy of the result. Results are cached per style combination.
 */
final class StyleResolver {
  /** Longest basedOn chain followed; longer (or cyclic) chains are cut. */
  private static final int MAX_CHAIN = 32;

  private final Map<String, XmlNode> styles = new HashMap<>();
  private final PropertyReader reader;
  private final XmlNode defaultRPr;
  private final XmlNode defaultPPr;
  private String defaultParagraph;
  private String defaultCharacter;
  private String defaultTable;
  private final Map<String, ParaStyle> paragraphCache = new HashMap<>();
  private final Map<String, RunStyle> runCache = new HashMap<>();

  /**
   * @param stylesPart the {@code w:styles} element, or null when the document has no styles part
   */
  StyleResolver(XmlNode stylesPart, ThemeFonts theme) {
    this.reader = new PropertyReader(theme);
    XmlNode docDefaults = stylesPart == null ? null : stylesPart.child("docDefaults");
    XmlNode rDefault = docDefaults == null ? null : docDefaults.child("rPrDefault");
    XmlNode pDefault = docDefaults == null ? null : docDefaults.child("pPrDefault");
    defaultRPr = rDefault == null ? null : rDefault.child("rPr");
    defaultPPr = pDefault == null ? null : pDefault.child("pPr");
    if (stylesPart != null) {
      for (XmlNode style : stylesPart.children("style")) {
        register(style);
      }
    }
  }

  private void register(XmlNode style) {
    String id = style.attr("styleId");
    if (id == null) {
      return;
    }
    styles.putIfAbsent(id, style);
    if (!"1".equals(style.attr("default")) && !"true".equals(style.attr("default"))) {
      return;
    }
    switch (String.valueOf(style.attr("type"))) {
      case "paragraph" -> defaultParagraph = defaultParagraph == null ? id : defaultParagraph;
      case "character" -> defaultCharacter = defaultCharacter == null ? id : defaultCharacter;
      case "table" -> defaultTable = defaultTable == null ? id : defaultTable;
      default -> { }
    }
  }

  PropertyReader reader() {
    return reader;
  }

  /** The paragraph style id to use when a paragraph names none (or an unknown one). */
  String paragraphStyleOrDefault(String id) {
    return id != null && styles.containsKey(id) ? id : defaultParagraph;
  }

  /** The table style id to use when a table names none (or an unknown one). */
  String tableStyleOrDefault(String id) {
    return id != null && styles.containsKey(id) ? id : defaultTable;
  }

  /** Paragraph formatting of a paragraph style (defaults + basedOn chain), not to be changed. */
  ParaStyle paragraph(String styleId) {
    return paragraph(null, styleId);
  }

  /**
   * Paragraph formatting of a paragraph style inside a table with the given style (defaults, table
   * style, paragraph style chain), not to be changed.
   */
  ParaStyle paragraph(String tableStyleId, String styleId) {
    String key = tableStyleId + "|" + styleId;
    ParaStyle cached = paragraphCache.get(key);
    if (cached == null) {
      cached = new ParaStyle();
      reader.paragraph(cached, defaultPPr);
      for (XmlNode style : chain(tableStyleId)) {
        reader.paragraph(cached, style.child("pPr"));
      }
      for (XmlNode style : chain(styleId)) {
        reader.paragraph(cached, style.child("pPr"));
      }
      cached.styleId = styleId;
      paragraphCache.put(key, cached);
    }
    return cached;
  }

  /**
   * Run formatting from defaults, the table style, the paragraph style and the character style
   * (each may be null), not to be changed: copy before applying direct formatting.
   */
  RunStyle run(String tableStyleId, String paraStyleId, String charStyleId) {
    String key = tableStyleId + "|" + paraStyleId + "|" + charStyleId;
    RunStyle cached = runCache.get(key);
    if (cached == null) {
      cached = new RunStyle();
      reader.run(cached, defaultRPr);
      for (XmlNode style : chain(tableStyleId)) {
        reader.run(cached, style.child("rPr"));
      }
      for (XmlNode style : chain(paraStyleId)) {
        reader.run(cached, style.child("rPr"));
      }
      String charStyle = charStyleId != null ? charStyleId : defaultCharacter;
      for (XmlNode style : chain(charStyle)) {
        reader.run(cached, style.child("rPr"));
      }
      runCache.put(key, cached);
    }
    return cached;
  }

  /** The style and its basedOn ancestors, root first; empty for null or unknown ids. */
  List<XmlNode> chain(String styleId) {
    List<XmlNode> chain = new ArrayList<>(4);
    String id = styleId;
    while (id != null && chain.size() < MAX_CHAIN) {
      XmlNode style = styles.get(id);
      if (style == null || chain.contains(style)) {
        break;
      }
      chain.add(0, style);
      id = style.childVal("basedOn");
    }
    return chain;
  }
}
