package dev.docket.convert.chart;

import dev.docket.convert.chart.ChartModel.Grouping;
import dev.docket.convert.chart.ChartModel.Kind;
import dev.docket.convert.chart.ChartModel.Plot;
import dev.docket.convert.chart.ChartModel.Series;
import java.util.List;

/**
 * The lowest and highest value a group of plots draws: the values themselves, the stacks' sums
 * when stacked, fractions of each category's total (0 to 1) when stacked to 100 %.
 *
 * @param low the lowest value, 0 when there is none
 * @param high the highest value, 0 when there is none
 */
record ValueRange(double low, double high) {
  static ValueRange of(List<Plot> plots) {
    double low = 0;
    double high = 0;
    for (Plot plot : plots) {
      if (plot.grouping() == Grouping.PERCENT && plot.kind() != Kind.SCATTER) {
        high = Math.max(high, 1);
        if (hasNegative(plot)) {
          low = Math.min(low, -1);
        }
      } else if (plot.grouping() == Grouping.STACKED && plot.kind() != Kind.SCATTER) {
        for (int i = 0; i < length(plot); i++) {
          high = Math.max(high, stack(plot, i, true));
          low = Math.min(low, stack(plot, i, false));
        }
      } else {
        for (Series s : plot.series()) {
          for (double v : s.values()) {
            if (!Double.isNaN(v)) {
              high = Math.max(high, v);
              low = Math.min(low, v);
            }
          }
        }
      }
    }
    return new ValueRange(low, high);
  }

  /** The x range of scatter plots. */
  static ValueRange ofX(List<Plot> plots) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (Plot plot : plots) {
      for (Series s : plot.series()) {
        for (double v : s.xValues() == null ? new double[0] : s.xValues()) {
          if (!Double.isNaN(v)) {
            low = Math.min(low, v);
            high = Math.max(high, v);
          }
        }
      }
    }
    return low > high ? new ValueRange(0, 1) : new ValueRange(low, high);
  }

  /** Number of points of the plot's longest series. */
  static int length(Plot plot) {
    return plot.series().stream().mapToInt(s -> s.values().length).max().orElse(0);
  }

  /** Sum of the positive (or negative) values of category {@code i}. */
  static double stack(Plot plot, int i, boolean positive) {
    double sum = 0;
    for (Series s : plot.series()) {
      double v = i < s.values().length ? s.values()[i] : Double.NaN;
      if (!Double.isNaN(v) && (v > 0) == positive) {
        sum += v;
      }
    }
    return sum;
  }

  /** Sum of the absolute values of category {@code i} (the 100 % of a percent stack). */
  static double total(Plot plot, int i) {
    return stack(plot, i, true) - stack(plot, i, false);
  }

  private static boolean hasNegative(Plot plot) {
    return plot.series().stream().anyMatch(s -> {
      for (double v : s.values()) {
        if (v < 0) {
          return true;
        }
      }
      return false;
    });
  }
}
