package dev.docket.convert.docx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text lines of one PDF page as PDFBox finds them: glyphs grouped by baseline (to the nearest
 * half point), each line with its baseline and left and right edges, points from the page's
 * top-left corner, top to bottom. Used to compare our layout with LibreOffice's reference.
 */
final class PdfLines {
  /** One line: baseline y, leftmost and rightmost glyph edges, points. */
  record Line(float baseline, float left, float right) {}

  private PdfLines() {}

  static List<Line> of(Path pdf, int page) throws IOException {
    TreeMap<Integer, float[]> byBaseline = new TreeMap<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition t) {
        if (t.getUnicode() == null || t.getUnicode().isBlank()) {
          return;
        }
        int key = Math.round(t.getYDirAdj() * 2);
        float[] line = byBaseline.computeIfAbsent(key, k -> new float[] {Float.MAX_VALUE, -Float.MAX_VALUE});
        line[0] = Math.min(line[0], t.getXDirAdj());
        line[1] = Math.max(line[1], t.getXDirAdj() + t.getWidthDirAdj());
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      stripper.getText(doc);
    }
    List<Line> lines = new ArrayList<>();
    byBaseline.forEach((k, v) -> lines.add(new Line(k / 2f, v[0], v[1])));
    return lines;
  }

  /** The highest line whose baseline lies in [top, bottom), or null. */
  static Line highest(List<Line> lines, float top, float bottom) {
    for (Line l : lines) {
      if (l.baseline() >= top && l.baseline() < bottom) {
        return l;
      }
    }
    return null;
  }

  /** The lowest line whose baseline lies in [top, bottom), or null. */
  static Line lowest(List<Line> lines, float top, float bottom) {
    Line found = null;
    for (Line l : lines) {
      if (l.baseline() >= top && l.baseline() < bottom) {
        found = l;
      }
    }
    return found;
  }
}
