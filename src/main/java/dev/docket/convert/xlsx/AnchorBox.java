package dev.docket.convert.xlsx;

/**
 * Where a drawing object's two-cell anchor falls on one printed page: from its top-left cell plus
 * offset to its bottom-right cell plus offset (ECMA-376 Part 1 §20.5.2.33), placed relative to the
 * page's body (the last segment of both axes, after any title rows and columns). Offsets are EMU
 * (12,700 a point) and never reach past their cell; the box is in points, in the page's cell
 * coordinates, and may extend past the page (the caller clips).
 *
 * @param x left edge
 * @param y top edge
 * @param width width, positive
 * @param height height, positive
 */
record AnchorBox(float x, float y, float width, float height) {
  private static final float EMU_PER_POINT = 12_700f;

  /** @return the box, or {@code null} when the object does not reach into the page's body */
  static AnchorBox on(Drawings.Placed p, ViewAxis cols, ViewAxis rows) {
    int cs = cols.segments() - 1;
    int rs = rows.segments() - 1;
    if (p.col1() > cols.last(cs) || p.col2() < cols.first(cs)
        || p.row1() > rows.last(rs) || p.row2() < rows.first(rs)) {
      return null;
    }
    float x1 = cols.pos(cs, p.col1()) + offset(p.dx1(), cols.size(p.col1()));
    float y1 = rows.pos(rs, p.row1()) + offset(p.dy1(), rows.size(p.row1()));
    float x2 = cols.pos(cs, p.col2()) + offset(p.dx2(), cols.size(p.col2()));
    float y2 = rows.pos(rs, p.row2()) + offset(p.dy2(), rows.size(p.row2()));
    return x2 > x1 && y2 > y1 ? new AnchorBox(x1, y1, x2 - x1, y2 - y1) : null;
  }

  private static float offset(long emu, float size) {
    return Math.max(0, Math.min(size, emu / EMU_PER_POINT));
  }
}
