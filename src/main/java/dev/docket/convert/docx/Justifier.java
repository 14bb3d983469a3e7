package dev.docket.convert.docx;

/**
 * Spreads a justified line (ECMA-376 Part 1 §17.18.44 {@code both}) to its full width by widening
 * the spaces after its last tab; trailing spaces are not widened. A line without such spaces stays
 * as it is. Arabic text is stretched at its kashida positions instead ({@link Kashida}), as
 * LibreOffice does (sw/source/core/text/itradj.cxx CalcNewBlock and portxt.cxx lcl_AddSpace): when
 * the line's text has kashida positions, each fragment of Arabic text takes its share of the free
 * width at those positions only, its blanks keep their width, and other text widens its blanks;
 * every position and blank gets the same extra width.
 */
final class Justifier {
  private Justifier() {}

  static void spread(Line line, float free) {
    int first = 0;
    for (int i = 0; i < line.frags.size(); i++) {
      if (line.frags.get(i).span.kind == Span.Kind.TAB) {
        first = i + 1;
      }
    }
    boolean kashida = hasKashidas(line, first);
    int spaces = spaces(line, first, kashida) - (kashida && stretches(last(line)) ? 0 : trailingSpaces(line));
    int glue = spaces + (kashida ? kashidas(line, first) : 0);
    if (glue <= 0) {
      return;
    }
    // LibreOffice widens each blank by whole twips and leaves the rest of the line free
    float extra = (float) Math.floor(free * 20 / glue) / 20;
    if (extra <= 0) {
      return;
    }
    float shift = 0;
    int remaining = spaces;
    for (int i = first; i < line.frags.size(); i++) {
      Frag f = line.frags.get(i);
      f.x += shift;
      if (kashida && stretches(f)) {
        f.kashidaSpacing = extra;
        f.width += f.kashidaCount() * extra;
        shift += f.kashidaCount() * extra;
        continue;
      }
      if (f.span.kind != Span.Kind.TEXT || remaining <= 0) {
        continue;
      }
      int own = Math.min(remaining, f.span.complex ? countSpaces(f) : f.spaces);
      if (i == line.frags.size() - 1) {
        own = remaining;
      }
      f.wordSpacing = extra;
      f.width += own * extra;
      shift += own * extra;
      remaining -= own;
    }
  }

  /**
   * True when the line's text has kashida positions (LibreOffice asks this of the paragraph; its
   * spans are this line's runs): then even a line of Arabic text without one is not spread.
   */
  private static boolean hasKashidas(Line line, int first) {
    for (int i = first; i < line.frags.size(); i++) {
      if (line.frags.get(i).span.kashidas().length > 0) {
        return true;
      }
    }
    return false;
  }

  /** True for a fragment of Arabic text (SwScriptInfo::IsArabicText), justified by kashida. */
  private static boolean stretches(Frag f) {
    return f != null && f.span.kind == Span.Kind.TEXT && f.span.complex && f.span.face.has(0x0640)
        && Kashida.isArabicText(f.span.text, f.start, f.end);
  }

  private static int kashidas(Line line, int first) {
    int n = 0;
    for (int i = first; i < line.frags.size(); i++) {
      Frag f = line.frags.get(i);
      if (stretches(f)) {
        n += f.kashidaCount();
      }
    }
    return n;
  }

  private static Frag last(Line line) {
    return line.frags.isEmpty() ? null : line.frags.get(line.frags.size() - 1);
  }

  /** Spaces in the text fragments from index {@code first} on, but for kashida-justified ones. */
  private static int spaces(Line line, int first, boolean kashida) {
    int spaces = 0;
    for (int i = first; i < line.frags.size(); i++) {
      Frag f = line.frags.get(i);
      if (f.span.kind == Span.Kind.TEXT && !(kashida && stretches(f))) {
        spaces += f.span.complex ? countSpaces(f) : f.spaces;
      }
    }
    return spaces;
  }

  private static int trailingSpaces(Line line) {
    if (line.frags.isEmpty()) {
      return 0;
    }
    Frag last = line.frags.get(line.frags.size() - 1);
    if (last.span.kind != Span.Kind.TEXT) {
      return 0;
    }
    int n = 0;
    for (int i = last.end - 1; i >= last.start && last.span.text.charAt(i) == ' '; i--) {
      n++;
    }
    return n;
  }

  private static int countSpaces(Frag f) {
    int n = 0;
    for (int i = f.start; i < f.end; i++) {
      if (f.span.text.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }
}
