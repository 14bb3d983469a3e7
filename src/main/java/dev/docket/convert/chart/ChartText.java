package dev.docket.convert.chart;

import dev.docket.convert.chart.ChartModel.Text;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Draws chart text as real text (so it stays selectable in the PDF) in one installed font family,
 * and measures it. Lines are 1.2 × the font size apart. Lengths in points.
 */
final class ChartText {
  private static final Pattern CONTROL = Pattern.compile("[\\r\\n\\t\\u000b]");

  private final Graphics2D graphics;
  private final String family;

  ChartText(Graphics2D graphics, String family) {
    this.graphics = graphics;
    this.family = family;
  }

  /** The same text drawing on another graphics (a rotated copy, say). */
  ChartText on(Graphics2D other) {
    return new ChartText(other, family);
  }

  Font font(Text look) {
    Font font = new Font(family, look.bold() ? Font.BOLD : Font.PLAIN, 1);
    return font.deriveFont((float) look.size());
  }

  double width(String s, Text look) {
    return metrics(look).getStringBounds(s, graphics).getWidth();
  }

  /** Distance from the top of a line to its baseline. */
  double ascent(Text look) {
    return metrics(look).getAscent();
  }

  static double lineHeight(Text look) {
    return 1.2 * look.size();
  }

  /** Draws one line with its baseline at y; {@code align} -1 left of x, 0 centred on x, 1 right. */
  void draw(String s, Text look, double x, double baseline, int align) {
    if (s == null || s.isBlank()) {
      return;
    }
    String line = CONTROL.matcher(s).replaceAll(" "); // a line break here would be a glyph
    double w = width(line, look);
    double left = align < 0 ? x : align == 0 ? x - w / 2 : x - w;
    graphics.setFont(font(look));
    graphics.setColor(look.color());
    graphics.drawString(line, (float) left, (float) baseline);
  }

  /** Breaks text at blanks into lines no wider than {@code width} (a word never breaks). */
  List<String> wrap(String s, Text look, double width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : s.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (line.length() > 0 && width(candidate, look) > width) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private FontMetrics metrics(Text look) {
    return graphics.getFontMetrics(font(look));
  }
}
