package dev.docket.convert.chart;

import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * The values a chart saved for one data reference of a series ({@code c:cat}, {@code c:val},
 * {@code c:xVal}, {@code c:yVal}): its string or number cache or literal ({@code c:strCache},
 * {@code c:numCache}, {@code c:strLit}, {@code c:numLit}, ECMA-376 Part 1 §21.2.2.142 ff.), points
 * by their {@code idx}. Read from the XML because a cache may skip points, which XDDF's data
 * sources do not allow for; a multi-level category keeps its first level.
 *
 * @param count the number of points ({@code c:ptCount})
 * @param points point text by index
 * @param formatCode the cache's number format, {@code null} if none
 */
record PointCache(int count, Map<Integer, String> points, String formatCode) {
  private static final QName IDX = new QName("", "idx");
  private static final QName VAL = new QName("", "val");

  static final PointCache EMPTY = new PointCache(0, Map.of(), null);

  /** The cache under the series' child element {@code name}, or {@link #EMPTY}. */
  static PointCache of(XmlObject series, String name) {
    if (series == null) {
      return EMPTY;
    }
    try (XmlCursor c = series.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        if (name.equals(c.getName().getLocalPart())) {
          return read(c.getObject());
        }
      }
    }
    return EMPTY;
  }

  private static PointCache read(XmlObject ref) {
    int count = -1;
    String format = null;
    Map<Integer, String> points = new HashMap<>();
    try (XmlCursor c = ref.newCursor(); XmlCursor end = ref.newCursor()) {
      end.toEndToken();
      while (!c.toNextToken().isNone() && c.isLeftOf(end)) {
        if (!c.isStart()) {
          continue;
        }
        switch (c.getName().getLocalPart()) {
          case "lvl" -> {
            if (!points.isEmpty()) {
              return new PointCache(Math.max(count, size(points)), points, format);
            }
          }
          case "ptCount" -> count = Math.max(count, parse(c.getAttributeText(VAL), -1));
          case "formatCode" -> format = c.getTextValue();
          case "pt" -> {
            int idx = parse(c.getAttributeText(IDX), -1);
            String v = value(c.getObject());
            if (idx >= 0 && v != null) {
              points.putIfAbsent(idx, v);
            }
          }
          default -> { }
        }
      }
    }
    return new PointCache(Math.max(count, size(points)), points, format);
  }

  private static String value(XmlObject pt) {
    try (XmlCursor c = pt.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        if ("v".equals(c.getName().getLocalPart())) {
          return c.getTextValue();
        }
      }
    }
    return null;
  }

  private static int size(Map<Integer, String> points) {
    return points.keySet().stream().mapToInt(i -> i + 1).max().orElse(0);
  }

  private static int parse(String s, int fallback) {
    try {
      return s == null ? fallback : Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** The points as numbers, {@code NaN} where missing or not numeric. */
  double[] numbers() {
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      String v = points.get(i);
      try {
        values[i] = v == null ? Double.NaN : Double.parseDouble(v.trim());
      } catch (NumberFormatException e) {
        values[i] = Double.NaN;
      }
    }
    return values;
  }
}
