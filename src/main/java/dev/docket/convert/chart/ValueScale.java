package dev.docket.convert.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis scale: from {@code min} to {@code max} in steps of {@code step}. The automatic
 * scale starts at zero unless all data are negative, and takes the smallest "nice" step (1, 2 or 5
 * times a power of ten) that gives at most the number of intervals the axis length allows, the way
 * LibreOffice's {@code ScaleAutomatism} picks its main increment, and moves an end that falls
 * exactly on the data's extreme out by one step. Values stated by the chart
 * ({@code c:min}, {@code c:max}, {@code c:majorUnit}) are kept.
 *
 * @param min lowest value on the axis
 * @param max highest value on the axis
 * @param step distance between ticks (and gridlines), &gt; 0
 */
record ValueScale(double min, double max, double step) {
  private static final double[] NICE = {1, 2, 5, 10};

  /**
   * @param low the smallest data value (or 0 when there is none)
   * @param high the largest data value
   * @param intervals most intervals the axis has room for (at least 1)
   * @param expand whether an automatic end that falls on the data's extreme value moves out by one
   *     step (LibreOffice's "expand if values close to border"; not for 100 % stacks)
   */
  static ValueScale of(double low, double high, Double fixedMin, Double fixedMax, Double unit,
      int intervals, boolean expand) {
    double min = fixedMin != null ? fixedMin : Math.min(0, low);
    double max = fixedMax != null ? fixedMax : Math.max(0, high);
    if (!(max > min)) {
      max = min + 1;
    }
    double step = unit != null && unit > 0 ? unit : nice((max - min) / Math.max(1, intervals));
    if (fixedMin == null) {
      min = Math.floor(min / step + 1e-9) * step;
      if (expand && low < 0 && Math.abs(min - low) < step * 1e-9) {
        min -= step;
      }
    }
    if (fixedMax == null) {
      max = Math.ceil(max / step - 1e-9) * step;
      if (expand && high > 0 && Math.abs(max - high) < step * 1e-9) {
        max += step;
      }
    }
    return new ValueScale(min, max > min ? max : min + step, step);
  }

  /** The smallest nice number (1, 2, 5 × 10^k) not below {@code raw}. */
  static double nice(double raw) {
    if (!(raw > 0) || Double.isInfinite(raw)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double n : NICE) {
      if (n * power >= raw * (1 - 1e-9)) {
        return n * power;
      }
    }
    return 10 * power;
  }

  /** The tick values from min to max. */
  List<Double> ticks() {
    List<Double> ticks = new ArrayList<>();
    int count = (int) Math.round((max - min) / step);
    for (int i = 0; i <= Math.min(count, 1000); i++) {
      double v = min + i * step;
      ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
    }
    return ticks;
  }

  /** Where a value lies, as a fraction of the axis from min (0) to max (1). */
  double fraction(double value) {
    return (value - min) / (max - min);
  }
}
