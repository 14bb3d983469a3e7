package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills lines greedily with {@link Piece}s measured in real font metrics: a line breaks at the last
 * opportunity that fits, trailing spaces may hang past the end, a word longer than a line is cut
 * between characters. Tabs move to the next stop ({@link TabStops}; left, center, right and decimal
 * alignment); manual breaks end the line. Lengths in points.
 */
final class LineBreaker {
  private static final float EPSILON = 0.01f;

  /**
   * Where lines go: the first line may start elsewhere and be narrower or wider than the rest.
   *
   * @param firstStart start of the first line from the text area's leading edge
   * @param firstWidth available width of the first line
   * @param start start of the other lines
   * @param width available width of the other lines
   */
  record Geometry(float firstStart, float firstWidth, float start, float width) {}

  private final TabStops tabs;
  private final Shaper shaper;
  private final Geometry geometry;
  private final List<Line> lines = new ArrayList<>();
  private Line line;
  private float x;
  private float trailing;

  LineBreaker(TabStops tabs, Shaper shaper, Geometry geometry) {
    this.tabs = tabs;
    this.shaper = shaper;
    this.geometry = geometry;
  }

  /** Breaks the pieces into lines; the result has at least one line when there were pieces. */
  List<Line> lines(List<Piece> input) {
    List<Piece> pieces = new ArrayList<>(input);
    newLine();
    int i = 0;
    while (i < pieces.size()) {
      Piece p = pieces.get(i);
      if (p.isBreak()) {
        metrics(p);
        line.endedBy = p.span.kind;
        finishLine();
        newLine();
        i++;
      } else if (p.span.kind == Span.Kind.TAB) {
        i = tab(pieces, i);
      } else {
        i = unit(pieces, i);
      }
    }
    if (!line.isEmpty() || lines.isEmpty() || lines.get(lines.size() - 1).endedBy != null) {
      finishLine();
    }
    lines.get(lines.size() - 1).last = true;
    return lines;
  }

  private int tab(List<Piece> pieces, int i) {
    Piece p = pieces.get(i);
    TabStop stop = tabs.next(line.start + x, lines.isEmpty());
    float target = stop.position() - line.start;
    float following = following(pieces, i + 1, "decimal".equals(stop.align()));
    float w = switch (stop.align()) {
      case "right", "end", "decimal" -> target - x - following;
      case "center" -> target - x - following / 2;
      default -> target - x;
    };
    w = Math.max(0, w);
    if (x + w > line.width + 0.5f && !line.isEmpty() && target > line.width + 0.5f) {
      finishLine();
      newLine();
      return i;
    }
    Frag frag = new Frag(p.span, 0, 0, x, w, 0);
    frag.tabLeader = stop.leader();
    line.frags.add(frag);
    metrics(p);
    x += w;
    trailing = 0;
    return i + 1;
  }

  /** Width of the pieces after a tab up to the next tab or break (up to a decimal point if asked). */
  private static float following(List<Piece> pieces, int from, boolean decimal) {
    float w = 0;
    for (int j = from; j < pieces.size(); j++) {
      Piece p = pieces.get(j);
      if (p.isBreak() || p.span.kind == Span.Kind.TAB) {
        break;
      }
      if (decimal && p.span.kind == Span.Kind.TEXT) {
        int dot = p.span.text.indexOf('.', p.start);
        if (dot < 0) {
          dot = p.span.text.indexOf(',', p.start);
        }
        if (dot >= 0 && dot < p.end) {
          return w + p.span.face.width(p.span.text, p.start, dot, p.span.size);
        }
      }
      w += p.width - (j + 1 == pieces.size() || pieces.get(j + 1).isBreak() ? p.trailing : 0);
    }
    return w;
  }

  /** Places the pieces up to the next break opportunity, wrapping or cutting as needed. */
  private int unit(List<Piece> pieces, int i) {
    int j = i;
    float unitWidth = 0;
    while (true) {
      Piece p = pieces.get(j);
      unitWidth += p.width;
      if (p.breakAfter || j + 1 == pieces.size() || pieces.get(j + 1).isBreak()
          || pieces.get(j + 1).span.kind == Span.Kind.TAB) {
        break;
      }
      j++;
    }
    float fit = unitWidth;
    for (int k = j; k >= i; k--) {
      Piece p = pieces.get(k);
      fit -= p.trailing;
      if (p.width > p.trailing) {
        break;
      }
    }
    // a unit of blanks alone (a run holding only spaces or no-break spaces after a word) hangs past
    // the line end like the word's own trailing blanks: it never wraps (bug59058's table headers)
    if (fit > 0 && x + fit > line.width + EPSILON && !line.isEmpty()) {
      finishLine();
      newLine();
      return i;
    }
    if (fit > line.width + EPSILON && line.isEmpty()) {
      return cut(pieces, i, j);
    }
    for (int k = i; k <= j; k++) {
      add(pieces.get(k));
    }
    return j + 1;
  }

  /** A unit wider than a whole line: fills the line character by character. */
  private int cut(List<Piece> pieces, int i, int j) {
    for (int k = i; k <= j; k++) {
      Piece p = pieces.get(k);
      if (x + p.width - p.trailing <= line.width + EPSILON || p.span.kind != Span.Kind.TEXT || p.span.complex) {
        if (x > 0 && x + p.width - p.trailing > line.width + EPSILON) {
          break;
        }
        add(p);
        continue;
      }
      int end = p.start;
      float w = 0;
      while (end < p.end) {
        float next = shaper.width(p.span, p.start, end + 1);
        if (x + next > line.width + EPSILON && (end > p.start || x > 0)) {
          break;
        }
        w = next;
        end++;
      }
      if (end > p.start) {
        add(new Piece(p.span, p.start, end, w, 0, 0, true));
      }
      float rest = shaper.width(p.span, end, p.end);
      pieces.set(k, new Piece(p.span, end, p.end, rest, p.trailing, p.spaces, p.breakAfter));
      finishLine();
      newLine();
      return k;
    }
    finishLine();
    newLine();
    return j + 1;
  }

  private void add(Piece p) {
    Frag last = line.frags.isEmpty() ? null : line.frags.get(line.frags.size() - 1);
    if (last != null && last.span == p.span && last.end == p.start && p.span.kind == Span.Kind.TEXT) {
      last.end = p.end;
      last.width += p.width;
      last.spaces += p.spaces;
    } else {
      line.frags.add(new Frag(p.span, p.start, p.end, x, p.width, p.spaces));
    }
    metrics(p);
    x += p.width;
    // blanks after blanks (a run of spaces after a word ending in spaces) all trail
    trailing = p.width <= p.trailing ? trailing + p.trailing : p.trailing;
  }

  private void metrics(Piece p) {
    Span s = p.span;
    float ascent;
    float descent;
    if (s.kind == Span.Kind.PICTURE) {
      line.pictureHeight = Math.max(line.pictureHeight, s.picture.height());
      ascent = 0;
      descent = 0;
      if (line.ascent + line.descent <= 0) {
        ascent = s.face.ascent * s.size;
        descent = s.face.descent * s.size;
      }
    } else {
      float rise = s.rise();
      ascent = s.face.ascent * s.lineSize + rise;
      descent = (s.face.descent + s.face.lineGap) * s.lineSize - rise;
      line.gap = Math.max(line.gap, s.face.lineGap * s.lineSize);
      line.cellGap = Math.max(line.cellGap, s.face.cellGap * s.lineSize);
    }
    line.ascent = Math.max(line.ascent, ascent);
    line.descent = Math.max(line.descent, descent);
  }

  private void newLine() {
    line = new Line();
    boolean first = lines.isEmpty();
    line.start = first ? geometry.firstStart() : geometry.start();
    line.width = first ? geometry.firstWidth() : geometry.width();
    x = 0;
    trailing = 0;
  }

  private void finishLine() {
    line.used = Math.max(0, x - trailing);
    lines.add(line);
  }
}
