package dev.docket.convert.docx;

/**
 * A piece of one line drawn in one go: a range of a span's text, a tab (with its leader), a
 * picture, a field or a note mark. {@code x} is the offset from the line's start, in points;
 * justification later adds {@code wordSpacing} to every space of the text.
 */
final class Frag {
  final Span span;
  final int start;
  int end;
  float x;
  float width;
  /** Spaces (U+0020) in the text, which justification widens. */
  int spaces;
  /** Extra width added to every space by justification, points. */
  float wordSpacing;
  /**
   * Extra width justification puts at each kashida position of the text ({@link Span#kashidas}),
   * points; 0 when the fragment is justified by its blanks.
   */
  float kashidaSpacing;
  /** For a tab: the leader character drawn across it, or 0. */
  char tabLeader;

  Frag(Span span, int start, int end, float x, float width, int spaces) {
    this.span = span;
    this.start = start;
    this.end = end;
    this.x = x;
    this.width = width;
    this.spaces = spaces;
  }

  /** Kashida positions of the span inside this fragment. */
  int kashidaCount() {
    int n = 0;
    for (int k : span.kashidas()) {
      if (k >= start && k < end) {
        n++;
      }
    }
    return n;
  }

  /** The characters drawn (empty for tabs and pictures). */
  String text() {
    return span.text.substring(start, end);
  }

  @Override
  public String toString() {
    return span.kind + "@" + x + "'" + (span.kind == Span.Kind.TEXT ? text() : "") + "'";
  }
}
