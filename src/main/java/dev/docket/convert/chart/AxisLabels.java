package dev.docket.convert.chart;

import dev.docket.convert.chart.ChartModel.Axis;
import dev.docket.convert.chart.ChartModel.Text;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The tick labels of chart axes: values left of a vertical value axis (below a horizontal one),
 * category names under their slots (left of them for horizontal bars), wrapped at blanks to the
 * slot's width, turned when a word does not fit, thinned out when even turned they would overlap.
 * Lengths in points.
 */
final class AxisLabels {
  private AxisLabels() {}

  static void values(PlotFrame frame, Axis axis, String format, ChartText text, Graphics2D g) {
    if (!axis.visible()) {
      return;
    }
    Text look = axis.labels();
    Rectangle2D a = frame.area();
    double gap = 0.5 * look.size();
    for (double v : frame.values().ticks()) {
      String label = SeriesReader.format(v, format);
      double c = frame.value(v);
      if (frame.horizontal()) {
        text.draw(label, look, c, a.getMaxY() + gap + text.ascent(look), 0);
      } else {
        text.draw(label, look, a.getX() - gap, c + 0.35 * look.size(), 1);
      }
    }
  }

  static void xValues(PlotFrame frame, Axis axis, String format, ChartText text, Graphics2D g) {
    if (!axis.visible() || frame.xValues() == null) {
      return;
    }
    Text look = axis.labels();
    double y = frame.area().getMaxY() + 0.5 * look.size() + text.ascent(look);
    for (double v : frame.xValues().ticks()) {
      text.draw(SeriesReader.format(v, format), look, frame.x(v), y, 0);
    }
  }

  static void categories(PlotFrame frame, Axis axis, List<String> names, ChartText text,
      Graphics2D g) {
    if (!axis.visible()) {
      return;
    }
    Text look = axis.labels();
    Rectangle2D a = frame.area();
    double gap = 0.5 * look.size();
    int every = frame.horizontal() ? 1 : every(names, text, look, frame.slot());
    boolean turned = every == 1 && !frame.horizontal() && turned(names, text, look, frame.slot());
    for (int i = 0; i < names.size() && i < frame.categories(); i += every) {
      double c = frame.slotCentre(i);
      if (frame.horizontal()) {
        text.draw(names.get(i), look, a.getX() - gap, c + 0.35 * look.size(), 1);
        continue;
      }
      if (turned) {
        Graphics2D t = (Graphics2D) g.create();
        t.translate(c, a.getMaxY() + gap);
        t.rotate(-Math.PI / 4);
        text.on(t).draw(names.get(i), look, 0, 0.35 * look.size(), 1);
        t.dispose();
        continue;
      }
      double baseline = a.getMaxY() + gap + text.ascent(look);
      for (String line : text.wrap(names.get(i), look, frame.slot())) {
        text.draw(line, look, c, baseline, 0);
        baseline += ChartText.lineHeight(look);
      }
    }
  }

  /**
   * Every how many category names one is shown under a horizontal axis: 1 while there is room to
   * turn them side by side, else as many slots as the widest name (with a gap) needs, the others
   * left out the way LibreOffice skips overlapping labels.
   */
  static int every(List<String> names, ChartText text, Text look, double slot) {
    if (names.isEmpty() || slot >= ChartText.lineHeight(look) * Math.sqrt(2)) {
      return 1;
    }
    double widest = names.stream().mapToDouble(n -> text.width(n, look)).max().orElse(0);
    return Math.max(1, (int) Math.ceil((widest + look.size()) / Math.max(slot, 1e-3)));
  }

  /**
   * Whether category names are set at 45 degrees: when a word of one of them is wider than its
   * slot, so that wrapping at blanks cannot make them fit (LibreOffice turns them then).
   */
  static boolean turned(List<String> names, ChartText text, Text look, double slot) {
    for (String name : names) {
      for (String word : name.split("\\s+")) {
        if (text.width(word, look) > slot) {
          return true;
        }
      }
    }
    return false;
  }

  /** The height the category names take under a horizontal axis. */
  static double height(List<String> names, ChartText text, Text look, double slot) {
    if (names.isEmpty()) {
      return 0;
    }
    if (every(names, text, look, slot) > 1) {
      return ChartText.lineHeight(look);
    }
    if (turned(names, text, look, slot)) {
      double widest = names.stream().mapToDouble(n -> text.width(n, look)).max().orElse(0);
      return (widest + look.size()) * Math.sqrt(0.5);
    }
    return lines(names, text, look, slot) * ChartText.lineHeight(look);
  }

  /** The widest value label of a scale. */
  static double widest(ValueScale scale, String format, ChartText text, Text look) {
    double max = 0;
    for (double v : scale.ticks()) {
      max = Math.max(max, text.width(SeriesReader.format(v, format), look));
    }
    return max;
  }

  /** How many lines the most wrapped category name takes in a slot this wide. */
  static int lines(List<String> names, ChartText text, Text look, double slot) {
    int lines = names.isEmpty() ? 0 : 1;
    for (String name : names) {
      lines = Math.max(lines, text.wrap(name, look, slot).size());
    }
    return lines;
  }
}
