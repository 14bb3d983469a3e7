package dev.docket.convert.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.convert.ConversionCancelledException;
import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.convert.ConversionLimits;
import dev.docket.convert.ProgressListener;
import dev.docket.job.ErrorCode;
import dev.docket.support.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Converts every workbook of {@code corpus/dev/xlsx} and compares with LibreOffice's PDF: page
 * count (exactly, with the one known difference listed), most of its words, every font embedded,
 * progress 1..N; plus cancellation, the limits and the two proof-of-concept attacks.
 */
class XlsxToPdfTest {
  /** Files whose page count is known to differ from LibreOffice's, with ours. */
  private static final Map<String, Integer> KNOWN_PAGE_DIFFERENCES = Map.of(
      // BCSO: LibreOffice recomputes the 17pt rows of wrapped cells to 16.5pt; we keep 17pt
      "stress002.xlsx", 55);

  /**
   * Below this many reference words the text comparison says nothing: WithThreeCharts.xlsx has 14,
   * nearly all in its charts (checked by {@link SheetChartsTest}).
   */
  private static final int MIN_WORDS = 20;

  @TempDir
  Path out;

  static Stream<Path> workbooks() {
    return Corpus.dev("xlsx").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workbooks")
  void printsLikeLibreOffice(Path workbook) throws Exception {
    Path pdf = out.resolve("out.pdf");
    List<int[]> progress = new ArrayList<>();
    ConversionContext context = new ConversionContext(
        (done, total) -> progress.add(new int[] {done, total}), () -> null, ConversionLimits.DEFAULTS);

    int pages = new XlsxToPdf().convert(workbook, pdf, context);

    Path reference = Corpus.reference(workbook);
    String name = workbook.getFileName().toString();
    int expected = KNOWN_PAGE_DIFFERENCES.getOrDefault(name, PdfProbe.pages(reference));
    assertEquals(expected, pages, "pages vs LibreOffice's " + PdfProbe.pages(reference));
    assertEquals(pages, PdfProbe.pages(pdf), "pages in the written PDF");
    assertEquals(pages, progress.size(), "one progress call per page");
    for (int i = 0; i < progress.size(); i++) {
      assertEquals(i + 1, progress.get(i)[0], "progress in order");
      assertEquals(pages, progress.get(i)[1], "total known from the start");
    }
    Set<String> referenceWords = PdfProbe.words(reference);
    if (referenceWords.size() >= MIN_WORDS) {
      double overlap = PdfProbe.overlap(PdfProbe.words(pdf), referenceWords);
      assertTrue(overlap >= 0.6, "shares " + overlap + " of LibreOffice's words");
    }
    for (PDFont font : PdfProbe.fonts(pdf)) {
      assertTrue(font.isEmbedded(), font.getName() + " is embedded");
    }
  }

  @Test
  void stopsBeforeTheNextPageOnceTheJobMustStop() {
    AtomicInteger done = new AtomicInteger();
    ConversionContext context = new ConversionContext((d, t) -> done.set(d),
        () -> done.get() >= 3 ? "cancelled by client" : null, ConversionLimits.DEFAULTS);
    ConversionCancelledException e = assertThrows(ConversionCancelledException.class,
        () -> new XlsxToPdf().convert(Corpus.root().resolve("dev/xlsx/47813.xlsx"),
            out.resolve("x.pdf"), context));
    assertEquals(ErrorCode.CANCELLED, e.code());
    assertEquals(3, done.get(), "no page drawn after the stop");
  }

  @Test
  void tooManyCellsFailBeforeTheWorkbookIsLoaded() {
    ConversionException e = limited(ConversionLimits.DEFAULTS.withMaxCells(1_000), "46535.xlsx");
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("(maxCells)"), e.getMessage());
  }

  @Test
  void tooMuchTextFails() {
    ConversionException e = limited(ConversionLimits.DEFAULTS.withMaxTextChars(500), "46535.xlsx");
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("(maxTextChars)"), e.getMessage());
  }

  @Test
  void tooManyPagesFailBeforeDrawing() {
    AtomicInteger drawn = new AtomicInteger();
    ConversionContext context = new ConversionContext((d, t) -> drawn.incrementAndGet(),
        () -> null, ConversionLimits.DEFAULTS.withMaxPages(10));
    ConversionException e = assertThrows(ConversionException.class, () -> new XlsxToPdf().convert(
        Corpus.root().resolve("dev/xlsx/47813.xlsx"), out.resolve("x.pdf"), context));
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("16 pages") && e.getMessage().contains("(maxPages)"),
        e.getMessage());
    assertEquals(0, drawn.get(), "nothing drawn");
  }

  @Test
  void oneHugeSharedStringInEveryCellFailsFast() {
    // LibreOffice hangs on it: 12,000 cells all showing the same 1 MB string
    ConversionException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> edge("poc-shared-strings.xlsx"));
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("(maxTextChars)"), e.getMessage());
  }

  @Test
  void anXmlEntityBombIsRejectedUnexpanded() {
    ConversionException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> edge("poc-xmlbomb.xlsx"));
    assertEquals(ErrorCode.CORRUPT_DOCUMENT, e.code());
    assertTrue(e.getMessage().contains("DTD"), e.getMessage());
  }

  @Test
  void strictOpenXmlIsUnsupported() {
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, edge("SampleSS.strict.xlsx").code());
  }

  @Test
  void entriesLargerThanTheLimitAreTooLargeAndNamed() {
    ConversionException e = limited(ConversionLimits.DEFAULTS.withMaxUncompressedBytes(10_000),
        "46535.xlsx");
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("maxUncompressedBytes"), e.getMessage());
    ConversionLimits.DEFAULTS.applyZipGuards();
  }

  @Test
  void tooManyPartsAreTooLargeAndNamed() {
    ConversionException e = limited(ConversionLimits.DEFAULTS.withMaxZipEntries(5), "46535.xlsx");
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("maxZipEntries"), e.getMessage());
    ConversionLimits.DEFAULTS.applyZipGuards();
  }

  @Test
  void aZipBombIsTooLargeAndNamed() throws Exception {
    Path bomb = out.resolve("bomb.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/"
          + "2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
          + "relationships+xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
          + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    ConversionException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
        ConversionException.class,
        () -> new XlsxToPdf().convert(bomb, out.resolve("b.pdf"), ConversionContext.unbounded())));
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, e.code(), e.getMessage());
    assertTrue(e.getMessage().contains("minInflateRatio"), e.getMessage());
  }

  @Test
  void aTruncatedWorkbookIsCorrupt() throws Exception {
    byte[] bytes = Files.readAllBytes(Corpus.root().resolve("dev/xlsx/Tables.xlsx"));
    Path cut = out.resolve("cut.xlsx");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    ConversionException e = assertThrows(ConversionException.class,
        () -> new XlsxToPdf().convert(cut, out.resolve("x.pdf"), ConversionContext.unbounded()));
    assertEquals(ErrorCode.CORRUPT_DOCUMENT, e.code(), e.getMessage());
  }

  private static void put(ZipOutputStream zip, String name, String content) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private ConversionException limited(ConversionLimits limits, String devFile) {
    ConversionContext context = new ConversionContext(ProgressListener.NONE, () -> null, limits);
    return assertThrows(ConversionException.class, () -> new XlsxToPdf().convert(
        Corpus.root().resolve("dev/xlsx").resolve(devFile), out.resolve("x.pdf"), context));
  }

  private ConversionException edge(String name) {
    Path file = Corpus.root().resolve("edge").resolve(name);
    return assertThrows(ConversionException.class,
        () -> new XlsxToPdf().convert(file, out.resolve("x.pdf"), ConversionContext.unbounded()));
  }
}
