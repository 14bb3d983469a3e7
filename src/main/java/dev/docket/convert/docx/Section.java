package dev.docket.convert.docx;

import java.util.HashMap;
import java.util.Map;

/**
 * Page setup of one section (ECMA-376 Part 1 §17.6: {@code w:pgSz}, {@code w:pgMar},
 * {@code w:type}, {@code w:titlePg}, {@code w:pgNumType}, header and footer references). Lengths
 * in points. Header and footer references a section does not repeat are inherited from the section
 * before (§17.10.5).
 *
 * @param type how the section starts: {@code nextPage}, {@code continuous}, {@code evenPage},
 *     {@code oddPage}, {@code nextColumn}
 * @param headers relationship ids by type ({@code default}, {@code first}, {@code even})
 * @param footers relationship ids by type
 * @param pageStart the page number the section restarts at, or -1 to continue
 * @param pageFormat number format of page numbers ({@code decimal}, {@code lowerRoman}, ...)
 */
record Section(float pageWidth, float pageHeight, float top, float bottom, float left, float right,
    float header, float footer, String type, boolean titlePage, Map<String, String> headers,
    Map<String, String> footers, int pageStart, String pageFormat) {

  /** Letter paper with one-inch margins: Word's defaults. */
  static final Section DEFAULT = new Section(612, 792, 72, 72, 72, 72, 36, 36, "nextPage", false,
      Map.of(), Map.of(), -1, "decimal");

  /** The section a {@code w:sectPr} describes; null gives the previous one (or the default). */
  static Section of(XmlNode sectPr, Section previous) {
    Section base = previous == null ? DEFAULT : previous;
    if (sectPr == null) {
      return base;
    }
    XmlNode size = sectPr.child("pgSz");
    XmlNode margins = sectPr.child("pgMar");
    float width = size == null ? 612 : Units.twips(size.attr("w"), 612);
    float height = size == null ? 792 : Units.twips(size.attr("h"), 792);
    if (width < 36 || height < 36) {
      width = 612;
      height = 792;
    }
    XmlNode numbers = sectPr.child("pgNumType");
    String type = sectPr.childVal("type");
    float gutter = margins == null ? 0 : Math.max(0, Units.twips(margins.attr("gutter"), 0));
    return new Section(width, height, margin(margins, "top", 72), margin(margins, "bottom", 72),
        margin(margins, "left", 72) + gutter, margin(margins, "right", 72), margin(margins, "header", 36),
        margin(margins, "footer", 36), type == null ? "nextPage" : type, Units.onOff(sectPr.child("titlePg")),
        references(sectPr, "headerReference", base.headers), references(sectPr, "footerReference", base.footers),
        numbers == null ? -1 : Units.integer(numbers.attr("start"), -1),
        numbers == null || numbers.attr("fmt") == null ? "decimal" : numbers.attr("fmt"));
  }

  private static float margin(XmlNode margins, String side, float fallback) {
    float v = margins == null ? fallback : Math.abs(Units.twips(margins.attr(side), fallback));
    return Math.min(v, 2000);
  }

  private static Map<String, String> references(XmlNode sectPr, String name, Map<String, String> inherited) {
    Map<String, String> refs = new HashMap<>(inherited);
    for (XmlNode ref : sectPr.children(name)) {
      String type = ref.attr("type");
      String id = ref.attr("r:id");
      if (id != null) {
        refs.put(type == null ? "default" : type, id);
      }
    }
    return Map.copyOf(refs);
  }

  /** Width of the text column, points. */
  float contentWidth() {
    return Math.max(36, pageWidth - left - right);
  }
}
