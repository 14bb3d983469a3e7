package dev.docket.convert.xlsx;

import java.util.function.IntToDoubleFunction;

/**
 * Positions along one axis of a printed page: the repeated title columns (rows), if any, then the
 * page's own columns (rows), each index at its offset in points from the body's edge. Indexes
 * outside both are placed by extrapolating from the nearer segment, so merged cells and pictures
 * that start before the page can be clipped correctly.
 */
final class ViewAxis {
  private final IntToDoubleFunction size;
  private final int[] firsts;
  private final int[] lasts;
  private final float[] starts;
  private final float total;

  /**
   * @param titleFirst first title index, -1 without titles
   * @param size size of an index in points
   */
  ViewAxis(int titleFirst, int titleLast, int first, int last, IntToDoubleFunction size) {
    this.size = size;
    boolean titles = titleFirst >= 0;
    firsts = titles ? new int[] {titleFirst, first} : new int[] {first};
    lasts = titles ? new int[] {titleLast, last} : new int[] {last};
    starts = new float[firsts.length];
    float at = 0;
    for (int s = 0; s < firsts.length; s++) {
      starts[s] = at;
      at += sum(firsts[s], lasts[s]);
    }
    total = at;
  }

  private float sum(int from, int to) {
    double total = 0;
    for (int i = from; i <= to; i++) {
      total += size.applyAsDouble(i);
    }
    return (float) total;
  }

  /** Number of segments (1, or 2 with titles). */
  int segments() {
    return firsts.length;
  }

  int first(int segment) {
    return firsts[segment];
  }

  int last(int segment) {
    return lasts[segment];
  }

  /** Offset of the segment's start. */
  float start(int segment) {
    return starts[segment];
  }

  /** Offset of the segment's end. */
  float end(int segment) {
    return segment + 1 < starts.length ? starts[segment + 1] : total;
  }

  /** Total size of the page along this axis. */
  float total() {
    return total;
  }

  float size(int index) {
    return (float) size.applyAsDouble(index);
  }

  /** Offset of an index's leading edge, placed relative to the given segment. */
  float pos(int segment, int index) {
    int first = firsts[segment];
    if (index >= first) {
      return starts[segment] + sum(first, index - 1);
    }
    return starts[segment] - sum(index, first - 1);
  }
}
