package dev.docket.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.support.Corpus;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slide text is laid out as LibreOffice lays it out for PowerPoint documents: line boxes of 1.2 em
 * with the baseline one em down, LibreOffice's line-spacing rules, its shrink-on-overflow search;
 * checked on the rules themselves and on baselines of corpus slides against LibreOffice's PDFs.
 */
class SlideTextLayoutTest {
  @TempDir
  Path out;

  @Test
  void singleSpacedLineIsOnePointTwoEmWithTheBaselineOneEmDown() {
    LineBox line = LineBox.of(20, null, false);
    assertEquals(24, line.height(), 1e-9);
    assertEquals(20, line.ascent(), 1e-9);
  }

  @Test
  void proportionalSpacingAddsAboveAndShrinksFromTheTop() {
    LineBox wide = LineBox.of(20, 150.0, false);
    assertEquals(36, wide.height(), 1e-9);
    assertEquals(32, wide.ascent(), 1e-9, "the surplus goes above the baseline");
    LineBox tight = LineBox.of(20, 80.0, false);
    assertEquals(19.2, tight.height(), 1e-9);
    assertEquals(15.36, tight.ascent(), 1e-9, "the ascent is capped at 80 % of the height");
  }

  @Test
  void spacingInPointsIsAMinimumInPptxAndExactInPpt() {
    assertEquals(24, LineBox.of(20, -10.0, false).height(), 1e-9);
    LineBox exact = LineBox.of(20, -10.0, true);
    assertEquals(10, exact.height(), 1e-9);
    assertEquals(6, exact.ascent(), 1e-9);
  }

  @Test
  void tableCellsKeepTheFontsOwnLineHeight() {
    LineBox cell = LineBox.ofFont(9, 3, null, false);
    assertEquals(12, cell.height(), 1e-9);
    assertEquals(9, cell.ascent(), 1e-9);
  }

  @Test
  void autofitSearchKeepsTheLargestSampledScaleThatFits() {
    assertEquals(100, AutofitSearch.scale(100, p -> 50));
    int scale = AutofitSearch.scale(100, p -> 150.0 * p / 100);
    assertTrue(scale <= 66 && scale >= 60, "scale " + scale);
  }

  /** bug58718 slide 10: 24 pt and 20 pt bulleted paragraphs with 20 % space before. */
  @Test
  void pptBaselinesMatchLibreOffice() throws Exception {
    Path deck = Corpus.root().resolve("dev/ppt/bug58718_008558.ppt");
    Path pdf = out.resolve("ppt.pdf");
    new SlideShowToPdf(DocumentType.PPT).convert(deck, pdf, ConversionContext.unbounded());
    List<Double> ours = baselines(pdf, 10, "colorectal", "patients.", "discontinued");
    List<Double> reference = baselines(Corpus.reference(deck), 10, "colorectal", "patients.",
        "discontinued");
    for (int i = 0; i < ours.size(); i++) {
      assertEquals(reference.get(i), ours.get(i), 1.0, "baseline of line " + i);
    }
  }

  /** The baseline (from the page top, in points) of the first line containing each word. */
  private static List<Double> baselines(Path pdf, int page, String... words) throws IOException {
    List<Double> found = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(new File(pdf.toString()))) {
      for (String word : words) {
        double[] y = {Double.NaN};
        PDFTextStripper stripper = new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            if (Double.isNaN(y[0]) && text.contains(word)) {
              y[0] = positions.get(0).getYDirAdj();
            }
          }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        assertTrue(!Double.isNaN(y[0]), word + " on page " + page + " of " + pdf.getFileName());
        found.add(y[0]);
      }
    }
    return found;
  }
}
