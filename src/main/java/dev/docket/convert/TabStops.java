package dev.docket.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.sl.usermodel.TabStop;
import org.apache.poi.sl.usermodel.TabStop.TabStopType;
import org.apache.poi.sl.usermodel.TextParagraph;

/**
 * A paragraph's tab stops as LibreOffice sets them for PowerPoint text, and how far a tab advances.
 * Positions are in points from the left edge of the text area (inside the insets).
 *
 * <ul>
 *   <li>ppt: the ruler's stops ([MS-PPT] TextRuler, positions from the text area's edge) beyond
 *       the text offset; a stop at the text offset itself when the paragraph has no bullet; then
 *       default stops every {@code defaultTabSize} (576 master units, 1 in, when the ruler gives
 *       none) counted from the last of those, not from the text area's edge (LibreOffice {@code
 *       PPTParagraphObj::ApplyTo}; bug60345 slide 16: "\t-\tSTAg" puts STAg 72 pt after the
 *       dash at the 27 pt text offset).
 *   <li>pptx: the {@code a:tabLst} stops, measured from the paragraph's left margin as
 *       LibreOffice's text engine measures them, then default stops every {@code defTabSz}
 *       (ECMA-376 §21.1.2.2.7, default 1 in), also from the left margin.
 * </ul>
 *
 * A tab advances to the first stop beyond the pen (a left stop), or so that the text up to the
 * next tab ends at the stop (right), is centred on it (centre), or has its decimal separator on
 * it (decimal). Created per paragraph by {@link SlideLineBreaker}.
 */
final class TabStops {
  /** LibreOffice's default tab distance for ppt text: 0x240 master units. */
  static final double DEFAULT_POINTS = 72;

  private final List<TabStop> explicit;
  private final double defaultSize;
  private final double defaultsFrom;
  private final double origin;

  private TabStops(List<TabStop> explicit, double defaultSize, double defaultsFrom,
      double origin) {
    this.explicit = explicit;
    this.defaultSize = defaultSize;
    this.defaultsFrom = defaultsFrom;
    this.origin = origin;
  }

  /**
   * @param leftMargin the paragraph's left margin (ppt: text offset) in points
   * @param bulleted whether the paragraph has a bullet
   */
  static TabStops of(TextParagraph<?, ?, ?> p, boolean binary, double leftMargin,
      boolean bulleted) {
    List<TabStop> stops = new ArrayList<>();
    List<? extends TabStop> given = p.getTabStops();
    if (given != null) {
      for (TabStop stop : given) {
        double pos = stop.getPositionInPoints() + (binary ? 0 : leftMargin);
        if (!binary || pos > leftMargin) {
          stops.add(new Stop(pos, stop.getType()));
        }
      }
    }
    if (binary && !bulleted) {
      stops.add(new Stop(leftMargin, TabStopType.LEFT));
    }
    stops.sort(Comparator.comparingDouble(TabStop::getPositionInPoints));
    Double size = p.getDefaultTabSize();
    double defaultSize = size != null && size > 0 ? size : DEFAULT_POINTS;
    double last = stops.isEmpty() ? leftMargin
        : Math.max(leftMargin, stops.get(stops.size() - 1).getPositionInPoints());
    return new TabStops(stops, defaultSize, last, binary ? last : leftMargin);
  }

  /**
   * The width of a tab whose pen is at {@code x}.
   *
   * @param following the width of the text after the tab up to the next tab or the line's end
   * @param beforeDecimal the width of that text up to its first decimal separator
   */
  double advance(double x, double following, double beforeDecimal) {
    TabStop stop = next(x);
    double pos = stop.getPositionInPoints();
    TabStopType type = stop.getType() == null ? TabStopType.LEFT : stop.getType();
    double width = switch (type) {
      case RIGHT -> pos - x - following;
      case CENTER -> pos - x - following / 2;
      case DECIMAL -> pos - x - beforeDecimal;
      default -> pos - x;
    };
    return Math.max(0, width);
  }

  private TabStop next(double x) {
    for (TabStop stop : explicit) {
      if (stop.getPositionInPoints() > x + 1e-6) {
        return stop;
      }
    }
    double from = Math.max(x, defaultsFrom) - origin;
    double pos = origin + defaultSize * (Math.floor(from / defaultSize + 1e-9) + 1);
    return new Stop(pos, TabStopType.LEFT);
  }

  /** One stop; POI's own are tied to the document. */
  private record Stop(double position, TabStopType type) implements TabStop {
    @Override
    public double getPositionInPoints() {
      return position;
    }

    @Override
    public void setPositionInPoints(double points) {
      throw new UnsupportedOperationException();
    }

    @Override
    public TabStopType getType() {
      return type;
    }

    @Override
    public void setType(TabStopType type) {
      throw new UnsupportedOperationException();
    }
  }
}
