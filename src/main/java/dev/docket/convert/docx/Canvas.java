package dev.docket.convert.docx;

import java.awt.Graphics2D;
import java.util.function.Consumer;

/**
 * Where boxes paint one page. Coordinates are points from the page's top-left corner, y growing
 * downwards; colours 0xRRGGBB. Implemented by {@link PdfPainter} over a PDF content stream.
 */
interface Canvas {
  /**
   * Shows text in a face at a baseline point.
   *
   * @param wordSpacing extra advance after every U+0020
   * @param charSpacing extra advance after every character
   * @param scale horizontal scale, percent
   */
  void text(FontFace face, float size, int color, float x, float baseline, String text, float wordSpacing,
      float charSpacing, int scale);

  /**
   * Shows shaped glyphs (ids of the face) at x positions relative to {@code x}, widening every space
   * glyph by {@code wordSpacing}.
   */
  void glyphs(FontFace face, float size, int color, float x, float baseline, Shaper.Shaped shaped,
      float wordSpacing, int scale);

  /** Fills and/or outlines an ellipse inscribed in a rectangle; -1 colours are not painted. */
  void ellipse(float x, float y, float width, float height, int fill, int stroke, float lineWidth);

  /**
   * Paints Java 2D vector graphics into a rectangle: the painter draws in points with (0, 0) at the
   * rectangle's top-left corner and may spill over its edges by up to {@code bleed} points (half a
   * stroke).
   */
  void graphics(float x, float y, float width, float height, float bleed, Consumer<Graphics2D> painter);

  /** Fills a rectangle. */
  void fill(float x, float y, float width, float height, int color);

  /**
   * Strokes a straight line.
   *
   * @param style a border or underline style ({@code single}, {@code dotted}, {@code dashed}, ...)
   */
  void line(float x1, float y1, float x2, float y2, float width, int color, String style);

  /** Draws a picture scaled into a rectangle. */
  void picture(Picture picture, float x, float y, float width, float height);

  /** Makes a rectangle a link to a URI or to a bookmark ({@code #name}). */
  void link(String target, float x, float y, float width, float height);

  /** The number shown by a PAGE field on this page. */
  String pageNumber();

  /** Pages in the document (NUMPAGES) and in this page's section (SECTIONPAGES). */
  int totalPages();

  int sectionPages();

  Shaper shaper();
}
