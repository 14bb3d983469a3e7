package dev.docket.convert.docx;

import java.util.Arrays;

/**
 * Draws kashida justification into shaped right-to-left text, as LibreOffice's vcl does
 * (GenericSalLayout::KashidaJustify): each kashida position opens a gap of the justification's
 * extra width on the left of its letter (and the letter's marks), and a gap at least as wide as the
 * font's tatweel (U+0640) is filled with tatweel glyphs laid end to end from its left, the last
 * one overlapping the letter by what does not fit; a narrower gap stays empty.
 */
final class KashidaFill {
  private KashidaFill() {}

  /**
   * The glyphs of {@code text[start, end)} with a gap of {@code gap} points after each kashida
   * position ({@link Span#kashidas}) of the range, filled with tatweel glyphs as the class says.
   *
   * @param shaped the range as {@link Shaper#shape} laid it out
   * @param face the face the glyphs belong to; its tatweel is the filler
   */
  static Shaper.Shaped stretch(Shaper.Shaped shaped, String text, int start, int end, int[] positions,
      float gap, FontFace face, float size) {
    int[] letters = new int[positions.length];
    int[] ends = new int[positions.length];
    int n = 0;
    for (int k : positions) {
      if (k >= start && k < end) {
        letters[n] = k - start;
        ends[n++] = Kashida.clusterEnd(text, k) - start;
      }
    }
    if (n == 0 || gap <= 0) {
      return shaped;
    }
    ends = Arrays.copyOf(ends, n);
    int count = shaped.glyphs().length;
    float[] x = new float[count];
    for (int i = 0; i < count; i++) {
      x[i] = shaped.x()[i] + gap * atOrAfter(ends, shaped.chars()[i]);
    }
    int tatweel = face.glyph(0x0640);
    float width = face.glyphAdvance(tatweel) * size;
    int fills = width > 0 && gap >= width ? (int) Math.ceil(gap / width) : 0;
    int[] glyphs = Arrays.copyOf(shaped.glyphs(), count + fills * n);
    float[] xs = Arrays.copyOf(x, count + fills * n);
    int[] chars = Arrays.copyOf(shaped.chars(), count + fills * n);
    int added = count;
    for (int j = 0; j < n && fills > 0; j++) {
      float right = leftEdge(shaped, x, letters[j]);
      if (Float.isNaN(right)) {
        continue;
      }
      for (int f = 0; f < fills; f++) {
        glyphs[added] = tatweel;
        xs[added] = right - gap + f * width;
        chars[added] = ends[j];
        added++;
      }
    }
    return new Shaper.Shaped(Arrays.copyOf(glyphs, added), Arrays.copyOf(xs, added), shaped.width() + gap * n,
        shaped.runs(), Arrays.copyOf(chars, added));
  }

  /** How many cluster ends lie at or after a character index. */
  private static int atOrAfter(int[] ends, int c) {
    int n = 0;
    for (int e : ends) {
      if (c <= e) {
        n++;
      }
    }
    return n;
  }

  /** Shifted x of the glyph showing character {@code c} (the cluster's letter), NaN without one. */
  private static float leftEdge(Shaper.Shaped shaped, float[] x, int c) {
    for (int i = 0; i < x.length; i++) {
      if (shaped.chars()[i] == c) {
        return x[i];
      }
    }
    return Float.NaN;
  }
}
