package dev.docket.convert.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.job.ErrorCode;
import dev.docket.support.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks damaged inside a valid zip (one part cut short or pointing at what does not exist)
 * fail with CORRUPT_DOCUMENT and say so in plain words, whichever part is damaged: the sheet, the
 * styles, the theme, a chart. A chart whose XML is well-formed but not what the schema allows is
 * left out, and the rest of the workbook still prints. Each case is simple-monthly-budget.xlsx
 * (one sheet with a chart) with one part rewritten.
 */
class DamagedWorkbookTest {
  private static final String BUDGET = "dev/xlsx/simple-monthly-budget.xlsx";

  @TempDir
  Path out;

  @Test
  void aSheetCutShortIsCorrupt() throws Exception {
    assertCorrupt(damaged("xl/worksheets/sheet1.xml", xml -> xml.substring(0, xml.length() / 2)));
  }

  @Test
  void aStyleNamingAMissingFontIsCorrupt() throws Exception {
    assertCorrupt(damaged("xl/styles.xml", xml -> xml.replace("fontId=\"0\"", "fontId=\"77\"")));
  }

  @Test
  void aStyleNamingAMissingFillIsCorrupt() throws Exception {
    assertCorrupt(damaged("xl/styles.xml", xml -> xml.replace("fillId=\"0\"", "fillId=\"77\"")));
  }

  @Test
  void aThemeCutShortIsCorrupt() throws Exception {
    assertCorrupt(damaged("xl/theme/theme1.xml", xml -> xml.substring(0, xml.length() / 2)));
  }

  @Test
  void aChartCutShortIsCorrupt() throws Exception {
    assertCorrupt(damaged("xl/charts/chart1.xml", xml -> xml.substring(0, xml.length() / 2)));
  }

  @Test
  void aMergedRangeThatIsNoRangeIsCorrupt() throws Exception {
    assertCorrupt(damaged("xl/worksheets/sheet1.xml",
        xml -> xml.replaceFirst("<mergeCell ref=\"[^\"]*\"", "<mergeCell ref=\"ZZZZZZ1:A\"")));
  }

  @Test
  void aChartWithANumberThatIsNoNumberStillPrintsTheSheet() throws Exception {
    Path file = damaged("xl/charts/chart1.xml",
        xml -> xml.replace("<c:v>3750</c:v>", "<c:v>x</c:v>"));
    Path pdf = out.resolve("out.pdf");
    assertEquals(2, new XlsxToPdf().convert(file, pdf, ConversionContext.unbounded()));
    assertTrue(PdfProbe.pageTexts(pdf).get(0).contains("MONTHLY INCOME"));
  }

  private void assertCorrupt(Path file) {
    ConversionException e = assertThrows(ConversionException.class,
        () -> new XlsxToPdf().convert(file, out.resolve("out.pdf"), ConversionContext.unbounded()));
    assertEquals(ErrorCode.CORRUPT_DOCUMENT, e.code(), e.getMessage());
    assertTrue(e.getMessage().startsWith("The spreadsheet is damaged"), e.getMessage());
  }

  /** The budget workbook with one part's XML rewritten (every other entry copied as it is). */
  private Path damaged(String part, UnaryOperator<String> edit) throws IOException {
    Path target = out.resolve("damaged.xlsx");
    boolean found = false;
    try (ZipFile zip = new ZipFile(Corpus.root().resolve(BUDGET).toFile());
        OutputStream file = Files.newOutputStream(target);
        ZipOutputStream copy = new ZipOutputStream(file)) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
          bytes = in.readAllBytes();
        }
        if (entry.getName().equals(part)) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          String edited = edit.apply(xml);
          assertTrue(!edited.equals(xml), "the damage applies to " + part);
          bytes = edited.getBytes(StandardCharsets.UTF_8);
          found = true;
        }
        copy.putNextEntry(new ZipEntry(entry.getName()));
        copy.write(bytes);
        copy.closeEntry();
      }
    }
    assertTrue(found, part + " is in the workbook");
    return target;
  }
}
