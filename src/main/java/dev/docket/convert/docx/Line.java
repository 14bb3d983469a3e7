package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * One laid-out line of a paragraph. Horizontal values are points from the left edge of the text
 * area (the column), vertical values points from the top of the line.
 */
final class Line {
  final List<Frag> frags = new ArrayList<>();
  /** Where the line's available space starts (the indent). */
  float start;
  /** Available width from {@link #start}. */
  float width;
  /** Content width without trailing spaces. */
  float used;
  /** Shift of the content for alignment, added to {@link #start}. */
  float offset;
  float ascent;
  /** Below the baseline, with the font's line gap (external leading). */
  float descent;
  /** The largest line gap (external leading) of the line's fonts, included in {@link #descent}. */
  float gap;
  /** The largest {@link FontFace#cellGap} of the line's fonts, points (part of {@link #gap}). */
  float cellGap;
  /** Height of the tallest inline picture (pictures sit on the baseline), 0 without pictures. */
  float pictureHeight;
  /** Total height after line spacing. */
  float height;
  /** Baseline position from the top of the line. */
  float baseline;
  /** What ended the line: a break span kind, or null for wrapping and the paragraph end. */
  Span.Kind endedBy;
  boolean last;

  /** Notes referenced on this line, in order. */
  List<Footnote> notes() {
    List<Footnote> notes = null;
    for (Frag f : frags) {
      if (f.span.kind == Span.Kind.FOOTNOTE && !f.span.footnote.endnote()) {
        if (notes == null) {
          notes = new ArrayList<>(2);
        }
        notes.add(f.span.footnote);
      }
    }
    return notes == null ? List.of() : notes;
  }

  boolean isEmpty() {
    return frags.isEmpty();
  }
}
