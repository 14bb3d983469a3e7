package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * The smallest unit line breaking moves: a word with the spaces after it, one CJK character, a
 * tab, a picture, a field, a note mark or a break. A line may end after a piece whose
 * {@link #breakAfter} is set (spaces, hyphens, CJK, pictures, tabs; simplified UAX #14).
 */
final class Piece {
  /** CJK punctuation a line must not start with (kinsoku). */
  private static final String NO_BREAK_BEFORE = "、。，．）」』】〕！？：；";

  final Span span;
  final int start;
  final int end;
  final float width;
  /** Width of the trailing spaces, which may hang past the line end. */
  final float trailing;
  final int spaces;
  boolean breakAfter;

  Piece(Span span, int start, int end, float width, float trailing, int spaces, boolean breakAfter) {
    this.span = span;
    this.start = start;
    this.end = end;
    this.width = width;
    this.trailing = trailing;
    this.spaces = spaces;
    this.breakAfter = breakAfter;
  }

  boolean isBreak() {
    return span.kind == Span.Kind.LINE_BREAK || span.kind == Span.Kind.PAGE_BREAK
        || span.kind == Span.Kind.COLUMN_BREAK;
  }

  /** Splits spans into pieces and marks where lines may break. */
  static List<Piece> split(List<Span> spans, Shaper shaper) {
    List<Piece> pieces = new ArrayList<>(spans.size() * 4);
    for (Span span : spans) {
      switch (span.kind) {
        case TEXT -> words(span, shaper, pieces);
        case PICTURE -> pieces.add(new Piece(span, 0, 0, span.picture.width(), 0, 0, true));
        case TAB, LINE_BREAK, PAGE_BREAK, COLUMN_BREAK -> pieces.add(new Piece(span, 0, 0, 0, 0, 0, true));
        default -> pieces.add(new Piece(span, 0, span.text.length(),
            span.face.width(span.text, 0, span.text.length(), span.size), 0, 0, false));
      }
    }
    for (int i = 0; i + 1 < pieces.size(); i++) {
      Piece next = pieces.get(i + 1);
      Span.Kind kind = next.span.kind;
      if (kind == Span.Kind.TAB || kind == Span.Kind.PICTURE) {
        pieces.get(i).breakAfter = true;
      } else if (kind == Span.Kind.TEXT && next.end > next.start) {
        char first = next.span.text.charAt(next.start);
        if (NO_BREAK_BEFORE.indexOf(first) >= 0) {
          pieces.get(i).breakAfter = false;
        } else if (TextSpanner.isEastAsian(first)) {
          pieces.get(i).breakAfter = true;
        }
      }
    }
    return pieces;
  }

  private static void words(Span span, Shaper shaper, List<Piece> out) {
    String t = span.text;
    int n = t.length();
    int i = 0;
    while (i < n) {
      int j = i;
      boolean cjk = TextSpanner.isEastAsian(t.codePointAt(j));
      if (cjk) {
        j += Character.charCount(t.codePointAt(j));
      } else {
        while (j < n && t.charAt(j) != ' ' && !TextSpanner.isEastAsian(t.charAt(j))) {
          char c = t.charAt(j++);
          if ((c == '-' || c == '\u2010' || c == '/') && j - i > 1 && j < n && Character.isLetterOrDigit(t.charAt(j))) {
            break;
          }
        }
      }
      int k = j;
      while (k < n && t.charAt(k) == ' ') {
        k++;
      }
      boolean hyphen = j > i && j < n && k == j;
      int wordEnd = j;
      if (k == n && k == j) {
        // no-break spaces ending a span hang past the line end like spaces (LibreOffice), also a
        // span of no-break spaces alone (bug59058: "women)\u00a0" then a run "\u00a0" fits its cell)
        while (wordEnd > i && t.charAt(wordEnd - 1) == '\u00a0') {
          wordEnd--;
        }
      }
      float word = shaper.width(span, i, wordEnd);
      float spaces = k > wordEnd ? span.face.width(t, wordEnd, k, span.size) * span.style.scale / 100f
          + span.style.spacing * (k - wordEnd) : 0;
      out.add(new Piece(span, i, k, word + spaces, spaces, k - j, k > j || cjk || hyphen));
      i = k;
    }
  }
}
