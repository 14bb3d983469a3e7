package dev.docket.convert.docx;

import java.util.List;

/**
 * Finds the tab stop a tab character moves to (ECMA-376 Part 1 §17.3.1.37, §17.15.1.25): the first
 * custom stop after the current position, else the next default stop; default stops left of the
 * last custom stop are cleared. A hanging indent acts as a stop on the first line, as in Word.
 * Positions are points from the leading edge of the text area.
 */
final class TabStops {
  private final List<TabStop> stops;
  private final float interval;
  private final float hangingStop;
  private final float lastCustom;

  /**
   * @param hangingStop position of the hanging indent (the left indent), or NaN when there is none
   */
  TabStops(List<TabStop> stops, float interval, float hangingStop) {
    this.stops = stops;
    this.interval = interval > 0 ? interval : 36;
    this.hangingStop = hangingStop;
    this.lastCustom = stops.isEmpty() ? Float.NEGATIVE_INFINITY : stops.get(stops.size() - 1).position();
  }

  /** The stop after a position; never null. */
  TabStop next(float position, boolean firstLine) {
    TabStop custom = null;
    for (TabStop s : stops) {
      if (s.position() > position + 0.01f) {
        custom = s;
        break;
      }
    }
    float candidate = custom == null ? Float.POSITIVE_INFINITY : custom.position();
    if (firstLine && !Float.isNaN(hangingStop) && hangingStop > position + 0.01f && hangingStop < candidate) {
      return new TabStop(hangingStop, "left", (char) 0);
    }
    if (custom != null) {
      return custom;
    }
    float from = Math.max(position, lastCustom);
    float next = (float) (Math.floor(from / interval + 1e-4) + 1) * interval;
    if (next <= position + 0.01f) {
      next += interval;
    }
    return new TabStop(next, "left", (char) 0);
  }
}
