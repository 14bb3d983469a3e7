package dev.docket.convert.xlsx;

import java.util.ArrayList;
import java.util.List;

/** Breaks cell text into lines: at line breaks, and (when wrapping) at spaces to fit a width. */
final class TextLines {
  /** Measures a piece of text in points. */
  @FunctionalInterface
  interface Measure {
    float width(String text);
  }

  private TextLines() {}

  /**
   * @param wrap whether long lines break at spaces (a word longer than the width breaks anywhere)
   * @param width the width available, points
   */
  static List<String> lines(String text, boolean wrap, float width, Measure measure) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\r\n|\n|\r", -1)) {
      if (!wrap || measure.width(paragraph) <= width) {
        lines.add(paragraph);
        continue;
      }
      wrapParagraph(paragraph, width, measure, lines);
    }
    return lines;
  }

  private static void wrapParagraph(String paragraph, float width, Measure measure,
      List<String> lines) {
    String[] words = paragraph.split(" ", -1);
    StringBuilder line = new StringBuilder();
    for (String word : words) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && measure.width(candidate) > width) {
        lines.add(line.toString());
        line.setLength(0);
        candidate = word;
      }
      while (candidate.length() > 1 && measure.width(candidate) > width) {
        int cut = longestFit(candidate, width, measure);
        lines.add(candidate.substring(0, cut));
        candidate = candidate.substring(cut);
      }
      line.setLength(0);
      line.append(candidate);
    }
    lines.add(line.toString());
  }

  /** Length of the longest prefix (at least one character) that fits. */
  private static int longestFit(String text, float width, Measure measure) {
    int low = 1;
    int high = text.length() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (measure.width(text.substring(0, mid)) <= width) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }
}
