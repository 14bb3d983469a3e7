package dev.docket.convert;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Writes an AWT shape's path onto a PDF content stream (quadratic segments become cubic). */
final class PdfShapes {
  private PdfShapes() {}

  /**
   * Appends the path; the caller fills or strokes it.
   *
   * @return true when the shape uses the even-odd winding rule
   */
  static boolean walk(Shape shape, PDPageContentStream cs) throws IOException {
    PathIterator it = shape.getPathIterator(null);
    float[] c = new float[6];
    float lastX = 0;
    float lastY = 0;
    float startX = 0;
    float startY = 0;
    for (; !it.isDone(); it.next()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> {
          cs.moveTo(c[0], c[1]);
          lastX = c[0];
          lastY = c[1];
          startX = lastX;
          startY = lastY;
        }
        case PathIterator.SEG_LINETO -> {
          cs.lineTo(c[0], c[1]);
          lastX = c[0];
          lastY = c[1];
        }
        case PathIterator.SEG_QUADTO -> {
          cs.curveTo(lastX + 2f / 3 * (c[0] - lastX), lastY + 2f / 3 * (c[1] - lastY),
              c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
          lastX = c[2];
          lastY = c[3];
        }
        case PathIterator.SEG_CUBICTO -> {
          cs.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
          lastX = c[4];
          lastY = c[5];
        }
        default -> {
          cs.closePath();
          lastX = startX;
          lastY = startY;
        }
      }
    }
    return it.getWindingRule() == PathIterator.WIND_EVEN_ODD;
  }
}
