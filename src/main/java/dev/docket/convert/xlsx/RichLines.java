package dev.docket.convert.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays rich text out in lines: breaks at line breaks and, when wrapping, at spaces; each line
 * knows its pieces (one font each), width and the tallest ascent and descent in it.
 */
final class RichLines {
  /** Part of a line in one span's font. */
  record Piece(RichText.Span span, String text, float width) {}

  /** One laid-out line. */
  record Line(List<Piece> pieces, float width, float ascent, float descent) {}

  /** Measures text of a span in points, and gives its font's ascent and descent in points. */
  interface Metrics {
    float width(RichText.Span span, String text);

    float ascent(RichText.Span span);

    float descent(RichText.Span span);
  }

  private RichLines() {}

  static List<Line> layout(List<RichText.Span> spans, boolean wrap, float width, Metrics metrics) {
    List<Line> lines = new ArrayList<>();
    List<Piece> current = new ArrayList<>();
    float[] used = {0};
    for (RichText.Span span : spans) {
      for (String token : tokens(span.text())) {
        if (token.equals("\n")) {
          lines.add(line(current, metrics, spans.get(0)));
          current = new ArrayList<>();
          used[0] = 0;
          continue;
        }
        float w = metrics.width(span, token);
        boolean space = token.isBlank();
        if (wrap && !space && !current.isEmpty() && used[0] + w > width) {
          lines.add(line(current, metrics, spans.get(0)));
          current = new ArrayList<>();
          used[0] = 0;
        }
        if (space && current.isEmpty() && !lines.isEmpty() && wrap) {
          continue; // no leading space on a wrapped line
        }
        append(current, span, token, w);
        used[0] += w;
      }
    }
    lines.add(line(current, metrics, spans.get(0)));
    return lines;
  }

  private static void append(List<Piece> pieces, RichText.Span span, String text, float width) {
    Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
    if (last != null && last.span() == span) {
      pieces.set(pieces.size() - 1, new Piece(span, last.text() + text, last.width() + width));
    } else {
      pieces.add(new Piece(span, text, width));
    }
  }

  /** Words, runs of spaces and line breaks, in order. */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        continue;
      }
      boolean boundary = c == '\n' || (token.length() > 0 && (c == ' ') != (token.charAt(0) == ' '));
      if (boundary && token.length() > 0) {
        tokens.add(token.toString());
        token.setLength(0);
      }
      if (c == '\n') {
        tokens.add("\n");
      } else {
        token.append(c);
      }
    }
    if (token.length() > 0) {
      tokens.add(token.toString());
    }
    return tokens;
  }

  private static Line line(List<Piece> pieces, Metrics metrics, RichText.Span first) {
    while (!pieces.isEmpty()) { // trailing spaces do not count
      Piece last = pieces.get(pieces.size() - 1);
      String text = last.text().stripTrailing();
      if (text.isEmpty()) {
        pieces.remove(pieces.size() - 1);
        continue;
      }
      if (text.length() != last.text().length()) {
        pieces.set(pieces.size() - 1, new Piece(last.span(), text, metrics.width(last.span(), text)));
      }
      break;
    }
    float width = 0;
    float ascent = 0;
    float descent = 0;
    for (Piece piece : pieces) {
      width += piece.width();
      ascent = Math.max(ascent, metrics.ascent(piece.span()));
      descent = Math.max(descent, metrics.descent(piece.span()));
    }
    if (pieces.isEmpty()) {
      ascent = metrics.ascent(first);
      descent = metrics.descent(first);
    }
    return new Line(List.copyOf(pieces), width, ascent, descent);
  }
}
