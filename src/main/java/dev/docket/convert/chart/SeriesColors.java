package dev.docket.convert.chart;

import java.awt.Color;

/**
 * The automatic colour of a series (or, with {@code c:varyColors}, of a point) that states none,
 * from the chart's style number ({@code c:style}, 1 to 48, default 2): styles cycle through eight
 * colour schemes, the first grey shades, the second the six theme accents, the others shades of
 * one accent each. Beyond six series the accents repeat darker, then lighter.
 *
 * <p>Source: ECMA-376 Part 1 §21.2.2.197 ({@code style}) and the chart style gallery it refers
 * to, as LibreOffice's importer reproduces it ({@code oox/source/drawingml/chart/objectformatter.cxx}).
 */
final class SeriesColors {
  private final ChartTheme theme;
  private final int scheme;

  /** @param style the chart's style number, 1 to 48 */
  SeriesColors(ChartTheme theme, int style) {
    this.theme = theme;
    this.scheme = (Math.max(1, Math.min(48, style)) - 1) % 8;
  }

  /**
   * @param index the series' (or point's) position, from 0
   * @param count how many series (or points) share the scheme
   */
  Color color(int index, int count) {
    if (scheme == 1) {
      Color accent = theme.accent(index % 6 + 1);
      int round = index / 6;
      return round == 0 ? accent : shade(accent, round % 2 == 1 ? -0.25 : 0.25);
    }
    Color base = scheme == 0 ? Color.GRAY : theme.accent(scheme - 1);
    if (count <= 1) {
      return base;
    }
    double position = (double) index / (count - 1); // darkest first
    return shade(base, (position - 0.5) * 1.1);
  }

  /** Darker towards black (amount &lt; 0) or lighter towards white (amount &gt; 0). */
  static Color shade(Color c, double amount) {
    double a = Math.max(-1, Math.min(1, amount));
    int target = a < 0 ? 0 : 255;
    double f = Math.abs(a);
    return new Color(mix(c.getRed(), target, f), mix(c.getGreen(), target, f),
        mix(c.getBlue(), target, f), c.getAlpha());
  }

  private static int mix(int from, int to, double f) {
    return (int) Math.round(from + (to - from) * f);
  }
}
