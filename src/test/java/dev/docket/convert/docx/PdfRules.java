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

/**
 * The horizontal rules on one PDF page as PDFBox finds them: stroked ones (borders, underlines),
 * each a stroked path that is one horizontal segment, with its y, left and right ends and line
 * width; and filled rectangles ({@link #bars}), with their edges and fill grey level. Points from
 * the page's top-left corner, in drawing order. Used to compare where our rules go with
 * LibreOffice's reference.
 */
final class PdfRules {
  /** One horizontal rule: its y (centre of the stroke), left and right ends, line width; points. */
  record Rule(float y, float left, float right, float width) {}

  /** One filled rectangle: its edges, points, and the mean of its fill colour's components (0-1). */
  record Bar(float left, float top, float right, float bottom, float grey) {}

  /**
   * The filled paths of at least four points on a page (rectangles, whether drawn with {@code re} or
   * as lines), as their bounding boxes, in drawing order.
   */
  static List<Bar> bars(Path pdf, int page) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDPage p = doc.getPage(page - 1);
      float pageHeight = p.getMediaBox().getHeight();
      List<Bar> found = new ArrayList<>();
      List<Point2D> rect = new ArrayList<>();
      new PDFGraphicsStreamEngine(p) {
        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
          rect.addAll(List.of(p0, p1, p2, p3));
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
          if (rect.size() >= 4) {
            float[] c = getGraphicsState().getNonStrokingColor().getComponents();
            float grey = 0;
            for (float v : c) {
              grey += v / c.length;
            }
            double x1 = Double.MAX_VALUE;
            double x2 = -Double.MAX_VALUE;
            double y1 = -Double.MAX_VALUE;
            double y2 = Double.MAX_VALUE;
            for (Point2D pt : rect) {
              x1 = Math.min(x1, pt.getX());
              x2 = Math.max(x2, pt.getX());
              y1 = Math.max(y1, pt.getY());
              y2 = Math.min(y2, pt.getY());
            }
            found.add(new Bar((float) x1, pageHeight - (float) y1, (float) x2, pageHeight - (float) y2, grey));
          }
          rect.clear();
        }

        @Override
        public void drawImage(PDImage image) {}

        @Override
        public void clip(int windingRule) {}

        @Override
        public void moveTo(float x, float y) {
          rect.add(new Point2D.Float(x, y));
        }

        @Override
        public void lineTo(float x, float y) {
          rect.add(new Point2D.Float(x, y));
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
          rect.clear();
        }

        @Override
        public Point2D getCurrentPoint() {
          return new Point2D.Float();
        }

        @Override
        public void closePath() {}

        @Override
        public void endPath() {
          rect.clear();
        }

        @Override
        public void strokePath() {
          rect.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
          rect.clear();
        }

        @Override
        public void shadingFill(COSName shadingName) {}
      }.processPage(p);
      return found;
    }
  }

  private PdfRules() {}

  static List<Rule> of(Path pdf, int page) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDPage p = doc.getPage(page - 1);
      float pageHeight = p.getMediaBox().getHeight();
      List<Rule> found = new ArrayList<>();
      List<Point2D> path = new ArrayList<>();
      new PDFGraphicsStreamEngine(p) {
        @Override
        public void moveTo(float x, float y) {
          path.add(new Point2D.Float(x, y));
        }

        @Override
        public void lineTo(float x, float y) {
          path.add(new Point2D.Float(x, y));
        }

        @Override
        public void strokePath() {
          if (path.size() == 2 && Math.abs(path.get(0).getY() - path.get(1).getY()) < 0.01) {
            float x1 = (float) Math.min(path.get(0).getX(), path.get(1).getX());
            float x2 = (float) Math.max(path.get(0).getX(), path.get(1).getX());
            found.add(new Rule(pageHeight - (float) path.get(0).getY(), x1, x2,
                getGraphicsState().getLineWidth()));
          }
          path.clear();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
          path.clear();
        }

        @Override
        public void drawImage(PDImage image) {}

        @Override
        public void clip(int windingRule) {}

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
          path.clear();
        }

        @Override
        public Point2D getCurrentPoint() {
          return new Point2D.Float();
        }

        @Override
        public void closePath() {}

        @Override
        public void endPath() {
          path.clear();
        }

        @Override
        public void fillPath(int windingRule) {
          path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
          path.clear();
        }

        @Override
        public void shadingFill(COSName shadingName) {}
      }.processPage(p);
      return found;
    }
  }
}
