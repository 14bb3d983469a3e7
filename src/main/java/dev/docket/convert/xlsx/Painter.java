package dev.docket.convert.xlsx;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Drawing primitives on one page in y-down coordinates (points, origin top-left of the area set
 * by {@link #begin}), over a PDFBox content stream: rectangles, lines, text runs, images, forms, clips.
 */
final class Painter {
  private final PDPageContentStream cs;
  private final float pageHeight;

  Painter(PDPageContentStream cs, float pageHeight) {
    this.cs = cs;
    this.pageHeight = pageHeight;
  }

  /** Starts drawing with the origin at (x, y) from the page's top-left, scaled. */
  void begin(float x, float y, float scale) throws IOException {
    cs.saveGraphicsState();
    cs.transform(new Matrix(scale, 0, 0, -scale, x, pageHeight - y));
  }

  void end() throws IOException {
    cs.restoreGraphicsState();
  }

  void fill(float x, float y, float w, float h, int rgb) throws IOException {
    color(rgb, true);
    cs.addRect(x, y, w, h);
    cs.fill();
  }

  /** A straight line; {@code dash} empty for solid. */
  void line(float x1, float y1, float x2, float y2, float width, int rgb, float[] dash)
      throws IOException {
    color(rgb, false);
    cs.setLineWidth(width);
    cs.setLineDashPattern(dash, 0);
    cs.moveTo(x1, y1);
    cs.lineTo(x2, y2);
    cs.stroke();
  }

  void clip(float x, float y, float w, float h) throws IOException {
    cs.saveGraphicsState();
    cs.addRect(x, y, w, h);
    cs.clip();
  }

  void unclip() throws IOException {
    cs.restoreGraphicsState();
  }

  /** Text runs starting at x on the baseline y, at a size, upright. */
  void text(List<PdfFonts.Run> runs, float x, float baseline, float size, int rgb)
      throws IOException {
    color(rgb < 0 ? 0 : rgb, true);
    cs.beginText();
    cs.setTextMatrix(new Matrix(1, 0, 0, -1, x, baseline));
    for (PdfFonts.Run run : runs) {
      cs.setFont(run.face().font(), size);
      cs.showText(run.text());
    }
    cs.endText();
  }

  /** Text rotated counter-clockwise by degrees around its start point. */
  void rotatedText(List<PdfFonts.Run> runs, float x, float baseline, float size, int rgb,
      double degrees) throws IOException {
    double a = Math.toRadians(degrees);
    float cos = (float) Math.cos(a);
    float sin = (float) Math.sin(a);
    color(rgb < 0 ? 0 : rgb, true);
    cs.beginText();
    cs.setTextMatrix(new Matrix(cos, -sin, -sin, -cos, x, baseline));
    for (PdfFonts.Run run : runs) {
      cs.setFont(run.face().font(), size);
      cs.showText(run.text());
    }
    cs.endText();
  }

  void image(PDImageXObject image, float x, float y, float w, float h) throws IOException {
    cs.saveGraphicsState();
    cs.transform(new Matrix(w, 0, 0, -h, x, y + h));
    cs.drawImage(image, 0, 0, 1, 1);
    cs.restoreGraphicsState();
  }

  /** A form (drawn y-up from its bounding box's origin) stretched over the given box. */
  void form(PDFormXObject form, float x, float y, float w, float h) throws IOException {
    PDRectangle bbox = form.getBBox();
    cs.saveGraphicsState();
    cs.transform(new Matrix(w / bbox.getWidth(), 0, 0, -h / bbox.getHeight(), x, y + h));
    cs.drawForm(form);
    cs.restoreGraphicsState();
  }

  private void color(int rgb, boolean fill) throws IOException {
    float r = ((rgb >> 16) & 0xFF) / 255f;
    float g = ((rgb >> 8) & 0xFF) / 255f;
    float b = (rgb & 0xFF) / 255f;
    if (fill) {
      cs.setNonStrokingColor(r, g, b);
    } else {
      cs.setStrokingColor(r, g, b);
    }
  }
}
