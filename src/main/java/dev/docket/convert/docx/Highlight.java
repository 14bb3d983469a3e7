package dev.docket.convert.docx;

import java.util.Map;

/** The sixteen highlight colours of ECMA-376 Part 1 §17.18.40 ST_HighlightColor, as 0xRRGGBB. */
final class Highlight {
  private static final Map<String, Integer> COLORS = Map.ofEntries(
      Map.entry("black", 0x000000), Map.entry("blue", 0x0000FF), Map.entry("cyan", 0x00FFFF),
      Map.entry("green", 0x00FF00), Map.entry("magenta", 0xFF00FF), Map.entry("red", 0xFF0000),
      Map.entry("yellow", 0xFFFF00), Map.entry("white", 0xFFFFFF), Map.entry("darkBlue", 0x000080),
      Map.entry("darkCyan", 0x008080), Map.entry("darkGreen", 0x008000),
      Map.entry("darkMagenta", 0x800080), Map.entry("darkRed", 0x800000),
      Map.entry("darkYellow", 0x808000), Map.entry("darkGray", 0x808080),
      Map.entry("lightGray", 0xC0C0C0));

  private Highlight() {}

  /** The colour, or -1 for {@code none} and unknown names. */
  static int rgb(String name) {
    Integer c = name == null ? null : COLORS.get(name);
    return c == null ? -1 : c;
  }
}
