package dev.docket.convert.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.docket.convert.ConversionContext;
import dev.docket.support.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Right-to-left (Persian and Arabic) text measured against LibreOffice's reference PDF of
 * stress004.docx, a Persian book with Quran verses set in DejaVu Sans (the document's Arabic fonts
 * are not installed): where lines land ({@link PdfLines}, points from the page's top-left corner).
 * The file is converted once for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocxRightToLeftTest {
  private static final String FILE = "stress004.docx";
  /** Baselines agree within this many points. */
  private static final float TOLERANCE = 1.5f;

  private Path dir;
  private Path ours;

  @BeforeAll
  void convert() throws Exception {
    dir = Files.createTempDirectory("docx-rtl");
    ours = dir.resolve(FILE + ".pdf");
    new DocxToPdf().convert(Corpus.root().resolve("dev/docx").resolve(FILE), ours, ConversionContext.unbounded());
  }

  /**
   * The Quran verses' marks that DejaVu Sans lacks (U+06E1, U+06E5, ...) take no room, so verse
   * paragraphs take as many lines as in the reference and page 16 ends with the short last line of
   * its paragraph at baseline 538.5, as LibreOffice's does (before: the missing-glyph boxes were as
   * wide as a letter, the verses on pages 11 and 12 took a line more and page 16 ended at 520.5).
   */
  @Test
  void missingMarksTakeNoRoom() throws IOException {
    assertLowestBaselinesAgree(16, 400, 560);
  }

  /**
   * Justification widens real blanks only, not the zero-width non-joiners of Persian words
   * (U+200C, which Java's layout draws as a space glyph without advance): no line of page 16 runs
   * past the right edge of the column, where the reference's lines end (before: lines with
   * "آن‌ها" or "می‌شود" ran up to 9 pt into the margin).
   */
  @Test
  void justificationLeavesZeroWidthNonJoinersAlone() throws IOException {
    float refRight = rightmost(PdfLines.of(reference(), 16));
    float ourRight = rightmost(PdfLines.of(ours, 16));
    assertEquals(refRight, ourRight, 0.5f, FILE + " page 16: rightmost line end");
  }

  private static float rightmost(List<PdfLines.Line> lines) {
    float right = 0;
    for (PdfLines.Line l : lines) {
      if (l.baseline() > 70) {
        right = Math.max(right, l.right());
      }
    }
    return right;
  }

  /**
   * Justified Persian lines are stretched at their kashida positions (one per word, after Seen,
   * before final Alef, ...) and keep their blanks at the font's width, as LibreOffice justifies
   * them: the blanks of page 10's second body line are 4.3 pt wide as in the reference (before:
   * every blank was widened to 4.9 pt).
   */
  @Test
  void arabicTextIsJustifiedByKashidaNotByBlanks() throws IOException {
    float ref = widestBlank(reference(), 10, 134);
    float our = widestBlank(ours, 10, 134);
    assertEquals(ref, our, 0.25f, FILE + " page 10: widest blank of the line at 134");
  }

  /**
   * The document numbers its footnotes from 1 on each page (numRestart eachPage): the marks are
   * one digit wide where running numbers had three, the lines with them hold what LibreOffice's
   * hold, and the chapter ending on page 100 ends at baseline 369.5 as in the reference (before:
   * the book ran a page late from page 93 on, page 100 was full to 483.5 and it had 115 pages).
   */
  @Test
  void footnotesAreNumberedOnEachPage() throws IOException {
    assertLowestBaselinesAgree(100, 70, 500);
  }

  /**
   * A right-to-left table (bidiVisual) has its first column on the right: page 2's e-mail row has
   * its label "ایمیل:" on the right (285..328 pt) and the address on the left (48..151 pt), as in the
   * reference (before: the label at 68..112 pt and the address at 143..246 pt).
   */
  @Test
  void rightToLeftTablesStartOnTheRight() throws IOException {
    float[] ref = extent(PdfLines.of(reference(), 2), 380, 395);
    float[] our = extent(PdfLines.of(ours, 2), 380, 395);
    assertEquals(ref[0], our[0], 1, FILE + " page 2: leftmost text of the e-mail row");
    assertEquals(ref[1], our[1], 1, FILE + " page 2: rightmost text of the e-mail row");
  }

  /** Leftmost and rightmost edges of the lines with their baselines in [top, bottom), points. */
  private static float[] extent(List<PdfLines.Line> lines, float top, float bottom) {
    float[] extent = {Float.MAX_VALUE, -Float.MAX_VALUE};
    for (PdfLines.Line l : lines) {
      if (l.baseline() >= top && l.baseline() < bottom) {
        extent[0] = Math.min(extent[0], l.left());
        extent[1] = Math.max(extent[1], l.right());
      }
    }
    assertNotEquals(Float.MAX_VALUE, extent[0], "lines in " + top + ".." + bottom);
    return extent;
  }

  /** The widest horizontal gap between the glyphs of the line with its baseline near y, points. */
  private static float widestBlank(Path pdf, int page, float y) throws IOException {
    List<float[]> glyphs = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition t) {
        if (Math.abs(t.getYDirAdj() - y) <= 1.5f && !t.getUnicode().isBlank()) {
          glyphs.add(new float[] {t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj()});
        }
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      stripper.getText(doc);
    }
    assertFalse(glyphs.isEmpty(), "glyphs on the line at " + y);
    glyphs.sort(Comparator.comparingDouble(g -> g[0]));
    float reach = glyphs.get(0)[1];
    float widest = 0;
    for (float[] g : glyphs) {
      widest = Math.max(widest, g[0] - reach);
      reach = Math.max(reach, g[1]);
    }
    return widest;
  }

  /** The lowest line with its baseline in [top, bottom) is where the reference has it. */
  private void assertLowestBaselinesAgree(int page, float top, float bottom) throws IOException {
    PdfLines.Line r = PdfLines.lowest(PdfLines.of(reference(), page), top, bottom);
    PdfLines.Line o = PdfLines.lowest(PdfLines.of(ours, page), top, bottom);
    assertNotNull(r, "reference line in " + top + ".." + bottom);
    assertNotNull(o, "our line in " + top + ".." + bottom);
    assertEquals(r.baseline(), o.baseline(), TOLERANCE, FILE + " page " + page + ": last line in " + top + ".." + bottom);
  }

  private static Path reference() {
    return Corpus.reference(Corpus.root().resolve("dev/docx").resolve(FILE));
  }

  @AfterAll
  void cleanUp() throws IOException {
    Files.deleteIfExists(ours);
    Files.deleteIfExists(dir);
  }
}
