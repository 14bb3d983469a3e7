package dev.docket.convert.chart;

import java.awt.geom.Rectangle2D;

/**
 * The inner plot rectangle of a bar, line, area or scatter chart with its scales: maps values and
 * category slots to coordinates. Columns grow upwards; horizontal bars grow to the right with the
 * first category at the bottom (as Office and LibreOffice draw them). Lengths in points.
 *
 * @param area the inner plot rectangle
 * @param horizontal whether values run along x (horizontal bars)
 * @param values the value axis scale
 * @param xValues the x scale of a scatter chart, else {@code null}
 * @param categories number of category slots
 */
record PlotFrame(Rectangle2D area, boolean horizontal, ValueScale values, ValueScale xValues,
    int categories) {

  /** The coordinate of a value along the value axis (y for columns, x for horizontal bars). */
  double value(double v) {
    double f = values.fraction(v);
    return horizontal ? area.getX() + f * area.getWidth() : area.getMaxY() - f * area.getHeight();
  }

  /** The x coordinate of a scatter point's x value. */
  double x(double v) {
    return area.getX() + xValues.fraction(v) * area.getWidth();
  }

  /** Length of one category slot along the category axis. */
  double slot() {
    return (horizontal ? area.getHeight() : area.getWidth()) / Math.max(1, categories);
  }

  /** Where category slot {@code i} starts along the category axis (its low-coordinate edge). */
  double slotStart(int i) {
    return horizontal ? area.getMaxY() - (i + 1) * slot() : area.getX() + i * slot();
  }

  /** The centre of category slot {@code i} along the category axis. */
  double slotCentre(int i) {
    return slotStart(i) + slot() / 2;
  }
}
