package dev.docket.convert.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Line and row heights measured on corpus pages against LibreOffice's reference PDF ({@link
 * PdfLines}: baselines in points from the page top): each test pins one rule by a distance a
 * reader would see change.
 */
class DocxLineHeightsTest {
  private final CorpusPdfs pdfs = new CorpusPdfs();

  /**
   * stress015 page 2 sets a 48 pt title in small capitals over three lines; the last line,
   * "boumerdes", has no capital and no space, only letters shown as 80% capitals: its line is as
   * high as the others (55.9 pt from the line above in the reference; before: 47 pt, the height of
   * the reduced letters).
   */
  @Test
  void smallCapitalsKeepTheLineHeightOfTheFullSize() throws Exception {
    float ref = distance(reference("stress015.docx"), 2, 100, 160, 160, 230);
    float ours = distance(ours("stress015.docx"), 2, 100, 160, 160, 230);
    assertEquals(ref, ours, 0.5f, "stress015 page 2: title line 2 to line 3");
  }

  /**
   * stress015 page 3: a table whose rows end with {@code w:gridAfter} has 24 pt rows in the
   * reference (LibreOffice fills the left-out grid column with an empty default paragraph: Carlito
   * 11 pt plus 10 pt after), so its last name sits where the reference has it (before: 19 pt rows,
   * the table's last line 86 pt too high).
   */
  @Test
  void rowsWithGridAfterAreAsHighAsTheDefaultParagraphOfTheFillerCell() throws Exception {
    PdfLines.Line ref = PdfLines.lowest(PdfLines.of(reference("stress015.docx"), 3), 150, 420);
    PdfLines.Line ours = PdfLines.lowest(PdfLines.of(ours("stress015.docx"), 3), 150, 420);
    assertNotNull(ref, "reference line");
    assertNotNull(ours, "our line");
    assertEquals(ref.baseline(), ours.baseline(), 1.5f, "stress015 page 3: the table's last line");
  }

  /** Baseline of the highest line in [top2, bottom2) less that of the highest in [top1, bottom1). */
  private static float distance(Path pdf, int page, float top1, float bottom1, float top2, float bottom2)
      throws Exception {
    List<PdfLines.Line> lines = PdfLines.of(pdf, page);
    PdfLines.Line first = PdfLines.highest(lines, top1, bottom1);
    PdfLines.Line second = PdfLines.highest(lines, top2, bottom2);
    assertNotNull(first, pdf + ": a line in " + top1 + ".." + bottom1);
    assertNotNull(second, pdf + ": a line in " + top2 + ".." + bottom2);
    return second.baseline() - first.baseline();
  }

  private Path ours(String name) throws Exception {
    return pdfs.ours(name);
  }

  private static Path reference(String name) {
    return CorpusPdfs.reference(name);
  }

  @AfterEach
  void cleanUp() throws Exception {
    pdfs.close();
  }
}
