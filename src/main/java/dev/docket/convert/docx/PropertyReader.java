package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies one run property element ({@code w:rPr}, ECMA-376 Part 1 §17.3.2) or paragraph property
 * element ({@code w:pPr}, §17.3.1) on top of inherited formatting: only what the element says
 * changes. Theme font references ({@code w:asciiTheme="minorHAnsi"}, §17.3.2.26) are resolved
 * through the document theme.
 */
final class PropertyReader {
  private final ThemeFonts theme;

  PropertyReader(ThemeFonts theme) {
    this.theme = theme;
  }

  /** Applies a {@code w:rPr} to {@code s}; null does nothing. */
  void run(RunStyle s, XmlNode rPr) {
    if (rPr == null) {
      return;
    }
    for (XmlNode p : rPr.children()) {
      switch (p.name) {
        case "rFonts" -> fonts(s, p);
        case "b" -> s.bold = Units.onOff(p);
        case "i" -> s.italic = Units.onOff(p);
        case "bCs" -> s.boldCs = Units.onOff(p);
        case "iCs" -> s.italicCs = Units.onOff(p);
        case "sz" -> s.size = Units.halfPoints(p.attr("val"), s.size);
        case "szCs" -> s.sizeCs = Units.halfPoints(p.attr("val"), s.sizeCs);
        case "u" -> s.underline = underline(p.attr("val"));
        case "strike" -> s.strike = Units.onOff(p);
        case "dstrike" -> s.doubleStrike = Units.onOff(p);
        case "color" -> s.color = Units.color(p.attr("val"));
        case "highlight" -> s.highlight = Highlight.rgb(p.attr("val"));
        case "shd" -> s.shading = shading(p);
        case "vertAlign" -> s.vertAlign = vertAlign(p.attr("val"));
        case "caps" -> s.caps = Units.onOff(p);
        case "smallCaps" -> s.smallCaps = Units.onOff(p);
        case "vanish", "specVanish" -> s.hidden = Units.onOff(p);
        case "webHidden" -> { }
        case "spacing" -> s.spacing = Units.twips(p.attr("val"), 0);
        case "position" -> s.position = Units.halfPoints(p.attr("val"), 0);
        case "rtl" -> s.rtl = Units.onOff(p);
        case "cs" -> s.complexScript = Units.onOff(p);
        case "w" -> s.scale = Units.integer(p.attr("val"), 100);
        default -> { }
      }
    }
  }

  private void fonts(RunStyle s, XmlNode f) {
    s.ascii = pick(f, "asciiTheme", "ascii", s.ascii);
    s.hAnsi = pick(f, "hAnsiTheme", "hAnsi", s.hAnsi);
    s.eastAsia = pick(f, "eastAsiaTheme", "eastAsia", s.eastAsia);
    s.cs = pick(f, "cstheme", "cs", s.cs);
    String hint = f.attr("hint");
    if (hint != null) {
      s.eastAsiaHint = hint.equals("eastAsia");
    }
  }

  private String pick(XmlNode f, String themeAttr, String attr, String current) {
    String themed = f.attr(themeAttr);
    if (themed != null) {
      String resolved = theme.resolve(themed);
      if (resolved != null) {
        return resolved;
      }
    }
    String named = f.attr(attr);
    return named != null && !named.isBlank() ? named : current;
  }

  private static String underline(String value) {
    return value == null ? "single" : value.equals("none") ? null : value;
  }

  private static int vertAlign(String value) {
    return "superscript".equals(value) ? 1 : "subscript".equals(value) ? 2 : 0;
  }

  /** The colour a {@code w:shd} paints: its fill, or its pattern colour when solid; -1 for none. */
  static int shading(XmlNode shd) {
    String val = shd.attr("val");
    if ("solid".equals(val)) {
      int c = Units.color(shd.attr("color"));
      return c >= 0 ? c : 0;
    }
    int fill = Units.color(shd.attr("fill"));
    if (fill >= 0 && val != null && val.startsWith("pct")) {
      return fill;
    }
    return "nil".equals(val) ? -1 : fill;
  }

  /** Applies a {@code w:pPr} to {@code s}; null does nothing. */
  void paragraph(ParaStyle s, XmlNode pPr) {
    if (pPr == null) {
      return;
    }
    for (XmlNode p : pPr.children()) {
      switch (p.name) {
        case "jc" -> s.align = p.attr("val") == null ? s.align : p.attr("val");
        case "ind" -> indent(s, p);
        case "spacing" -> spacing(s, p);
        case "contextualSpacing" -> s.contextualSpacing = Units.onOff(p);
        case "keepNext" -> s.keepNext = Units.onOff(p);
        case "keepLines" -> s.keepLines = Units.onOff(p);
        case "pageBreakBefore" -> s.pageBreakBefore = Units.onOff(p);
        case "widowControl" -> s.widowControl = Units.onOff(p);
        case "bidi" -> s.bidi = Units.onOff(p);
        case "tabs" -> s.tabs = tabs(s.tabs, p);
        case "numPr" -> numbering(s, p);
        case "shd" -> s.shading = shading(p);
        case "pBdr" -> borders(s, p);
        case "framePr" -> s.frame = true;
        default -> { }
      }
    }
  }

  private static void indent(ParaStyle s, XmlNode ind) {
    s.indLeft = Units.twips(first(ind.attr("left"), ind.attr("start")), s.indLeft);
    s.indRight = Units.twips(first(ind.attr("right"), ind.attr("end")), s.indRight);
    String hanging = ind.attr("hanging");
    String firstLine = ind.attr("firstLine");
    if (hanging != null) {
      s.indFirst = -Units.twips(hanging, 0);
    } else if (firstLine != null) {
      s.indFirst = Units.twips(firstLine, 0);
    }
  }

  private static void spacing(ParaStyle s, XmlNode sp) {
    s.spaceBefore = Units.twips(sp.attr("before"), s.spaceBefore);
    s.spaceAfter = Units.twips(sp.attr("after"), s.spaceAfter);
    if (sp.attr("beforeAutospacing") != null) {
      s.beforeAuto = !"0".equals(sp.attr("beforeAutospacing")) && !"false".equals(sp.attr("beforeAutospacing"));
    }
    if (sp.attr("afterAutospacing") != null) {
      s.afterAuto = !"0".equals(sp.attr("afterAutospacing")) && !"false".equals(sp.attr("afterAutospacing"));
    }
    String line = sp.attr("line");
    if (line != null) {
      String rule = sp.attr("lineRule");
      if ("exact".equals(rule)) {
        s.lineRule = ParaStyle.LineRule.EXACT;
        s.line = Math.abs(Units.twips(line, 12));
      } else if ("atLeast".equals(rule)) {
        s.lineRule = ParaStyle.LineRule.AT_LEAST;
        s.line = Units.twips(line, 12);
      } else {
        s.lineRule = ParaStyle.LineRule.AUTO;
        s.line = Units.integer(line, 240) / 240f;
      }
    }
  }

  private static List<TabStop> tabs(List<TabStop> inherited, XmlNode tabs) {
    List<TabStop> result = new ArrayList<>(inherited);
    for (XmlNode tab : tabs.children("tab")) {
      float pos = Units.twips(tab.attr("pos"), Float.NaN);
      if (Float.isNaN(pos)) {
        continue;
      }
      result.removeIf(t -> Math.abs(t.position() - pos) < 0.5f);
      String val = tab.attr("val");
      if (val != null && !val.equals("clear") && !val.equals("bar")) {
        result.add(new TabStop(pos, val, TabStop.leader(tab.attr("leader"))));
      }
    }
    result.sort((a, b) -> Float.compare(a.position(), b.position()));
    return List.copyOf(result);
  }

  private static void numbering(ParaStyle s, XmlNode numPr) {
    String ilvl = numPr.childVal("ilvl");
    String numId = numPr.childVal("numId");
    if (ilvl != null) {
      s.ilvl = Units.integer(ilvl, 0);
    }
    if (numId != null) {
      s.numId = Units.integer(numId, 0);
    }
  }

  private static void borders(ParaStyle s, XmlNode pBdr) {
    for (XmlNode b : pBdr.children()) {
      Border border = Border.of(b);
      switch (b.name) {
        case "top" -> s.top = border;
        case "bottom" -> s.bottom = border;
        case "left", "start" -> s.left = border;
        case "right", "end" -> s.right = border;
        case "between" -> s.between = border;
        default -> { }
      }
    }
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
