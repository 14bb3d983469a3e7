package dev.docket.convert.docx;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The pictures drawn on one PDF page as PDFBox finds them: each image's box (left, top, width,
 * height) in points from the page's top-left corner, in drawing order. Used to compare where our
 * layout puts pictures with LibreOffice's reference.
 */
final class PdfPictures {
  /** One drawn image: left and top edges, width and height, points. */
  record Picture(float left, float top, float width, float height) {}

  private PdfPictures() {}

  static List<Picture> of(Path pdf, int page) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDPage p = doc.getPage(page - 1);
      float pageHeight = p.getMediaBox().getHeight();
      List<Picture> found = new ArrayList<>();
      new PDFGraphicsStreamEngine(p) {
        @Override
        public void drawImage(PDImage image) {
          Matrix m = getGraphicsState().getCurrentTransformationMatrix();
          float h = m.getScalingFactorY();
          found.add(new Picture(m.getTranslateX(), pageHeight - m.getTranslateY() - h, m.getScalingFactorX(), h));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

        @Override
        public void clip(int windingRule) {}

        @Override
        public void moveTo(float x, float y) {}

        @Override
        public void lineTo(float x, float y) {}

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

        @Override
        public Point2D getCurrentPoint() {
          return new Point2D.Float();
        }

        @Override
        public void closePath() {}

        @Override
        public void endPath() {}

        @Override
        public void strokePath() {}

        @Override
        public void fillPath(int windingRule) {}

        @Override
        public void fillAndStrokePath(int windingRule) {}

        @Override
        public void shadingFill(COSName shadingName) {}
      }.processPage(p);
      return found;
    }
  }
}
