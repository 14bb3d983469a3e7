package dev.docket.convert.docx;

/**
 * Spreads a justified line (ECMA-376 Part 1 §17.18.44 {@code both}) to its full width by widening
 * the spaces after its last tab; trailing spaces are not widened. A line without such spaces stays
 * as it is.
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
    int spaces = spaces(line, first) - trailingSpaces(line);
    if (spaces <= 0) {
      return;
    }
    // LibreOffice widens each blank by whole twips and leaves the rest of the line free
    float extra = (float) Math.floor(free * 20 / spaces) / 20;
    if (extra <= 0) {
      return;
    }
    float shift = 0;
    int remaining = spaces;
    for (int i = first; i < line.frags.size(); i++) {
      Frag f = line.frags.get(i);
      f.x += shift;
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

  /** Spaces in the text fragments from index {@code first} on. */
  private static int spaces(Line line, int first) {
    int spaces = 0;
    for (int i = first; i < line.frags.size(); i++) {
      Frag f = line.frags.get(i);
      if (f.span.kind == Span.Kind.TEXT) {
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
