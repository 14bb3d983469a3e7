package dev.docket.convert.docx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows tracked changes (ECMA-376 Part 1 §17.13.5 {@code w:ins}, {@code w:del}) as LibreOffice
 * exports them: inserted text underlined, deleted text struck through, both in their author's
 * colour (LibreOffice's author palette, in order of first appearance), with a change bar beside
 * the line.
 */
final class Revisions {
  private static final List<Integer> AUTHOR_COLORS = List.of(0xC69200, 0x0646A2, 0x579D00, 0x692B9D,
      0xC5000B, 0x008080, 0x8C8400, 0x35556B, 0xD17600);

  private final Map<String, Integer> authors = new HashMap<>();
  private final Map<RunStyle, Map<String, RunStyle>> marked = new HashMap<>();

  /** The run formatting with the change's marks. */
  RunStyle mark(RunStyle style, XmlNode change) {
    String author = String.valueOf(change.attr("author"));
    int color = AUTHOR_COLORS.get(authors.computeIfAbsent(author, a -> authors.size()) % AUTHOR_COLORS.size());
    boolean deleted = change.name.equals("del") || change.name.equals("moveFrom");
    String key = color + (deleted ? "d" : "i");
    return marked.computeIfAbsent(style, s -> new HashMap<>()).computeIfAbsent(key, k -> {
      RunStyle m = style.copy();
      m.color = color;
      m.tracked = true;
      if (deleted) {
        m.strike = true;
      } else {
        m.underline = "single";
      }
      return m;
    });
  }
}
