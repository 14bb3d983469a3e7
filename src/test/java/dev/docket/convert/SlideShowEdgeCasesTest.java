package dev.docket.convert;

import dev.docket.support.Corpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.docket.job.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken presentations (corpus/edge, plus truncated and zip-bomb decks made here): each
 * converts or fails with a {@link ConversionException} carrying the right code; nothing else is
 * thrown and nothing hangs.
 */
class SlideShowEdgeCasesTest {
  /** Edge files whose outcome is known exactly. */
  private static final Map<String, ErrorCode> EXPECTED = Map.ofEntries(
      Map.entry("PPT95.ppt", ErrorCode.UNSUPPORTED_FORMAT),
      Map.entry("pp40only.ppt", ErrorCode.UNSUPPORTED_FORMAT),
      Map.entry("Password_Protected-hello.ppt", ErrorCode.ENCRYPTED_DOCUMENT),
      Map.entry("cryptoapi-proc2356.ppt", ErrorCode.ENCRYPTED_DOCUMENT),
      Map.entry("ppt_with_png_encrypted.ppt", ErrorCode.ENCRYPTED_DOCUMENT),
      Map.entry("protected_agile.docx", ErrorCode.ENCRYPTED_DOCUMENT),
      Map.entry("protected_passtika.xlsx", ErrorCode.ENCRYPTED_DOCUMENT),
      Map.entry("bug53475-password-is-pass.docx", ErrorCode.ENCRYPTED_DOCUMENT),
      Map.entry("58616.xlsx", ErrorCode.ENCRYPTED_DOCUMENT),
      Map.entry("clusterfuzz-testcase-minimized-POIFuzzer-5205835528404992.pptx",
          ErrorCode.CORRUPT_DOCUMENT));

  @TempDir
  Path out;

  /** Edge files Docket accepts for conversion: ppt, pptx and encrypted OOXML. */
  static Stream<Path> convertibleEdgeFiles() {
    return Corpus.edge().stream().filter(f -> converter(f).isPresent());
  }

  private static Optional<Converter> converter(Path file) {
    return DocumentType.sniff(file).flatMap(t -> Converters.find(t, Converters.PDF))
        .map(Conversion::converter);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("convertibleEdgeFiles")
  void convertsOrFailsWithAPreciseCode(Path file) {
    Converter converter = converter(file).orElseThrow();
    Path pdf = out.resolve("out.pdf");
    ErrorCode expected = EXPECTED.get(file.getFileName().toString());
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      try {
        int pages = converter.convert(file, pdf, ConversionContext.unbounded());
        if (expected != null) {
          fail("expected " + expected + " but converted " + pages + " pages");
        }
        assertEquals(pages, PdfChecks.pageCount(pdf));
      } catch (ConversionException e) {
        if (expected != null) {
          assertEquals(expected, e.code(), e.getMessage());
        }
        assertTrue(Arrays.asList(ErrorCode.CORRUPT_DOCUMENT, ErrorCode.ENCRYPTED_DOCUMENT,
            ErrorCode.UNSUPPORTED_FORMAT, ErrorCode.DOCUMENT_TOO_LARGE).contains(e.code()),
            e.code() + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith("The "), e.getMessage());
      }
    });
  }

  @Test
  void everyExpectedEdgeFileIsAccepted() {
    for (String name : EXPECTED.keySet()) {
      assertTrue(converter(Corpus.root().resolve("edge").resolve(name)).isPresent(), name);
    }
  }

  @Test
  void truncatedPptxIsCorrupt() throws IOException {
    byte[] deck = Files.readAllBytes(Corpus.root().resolve("dev/pptx/shapes.pptx"));
    Path truncated = out.resolve("truncated.pptx");
    Files.write(truncated, Arrays.copyOf(deck, deck.length * 2 / 3));
    assertEquals(Optional.of(DocumentType.PPTX), DocumentType.sniff(truncated));
    ConversionException e = assertThrows(ConversionException.class, () ->
        new SlideShowToPdf(DocumentType.PPTX).convert(truncated, out.resolve("t.pdf"),
            ConversionContext.unbounded()));
    assertEquals(ErrorCode.CORRUPT_DOCUMENT, e.code());
    assertTrue(e.getMessage().startsWith("The presentation is damaged ("), e.getMessage());
  }

  @Test
  void zipBombIsTooLarge() throws IOException {
    Path bomb = out.resolve("bomb.pptx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/"
          + "2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
          + "relationships+xml\"/><Override PartName=\"/ppt/presentation.xml\" ContentType=\""
          + "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/>"
          + "</Types>");
      put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
          + "2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats"
          + ".org/officeDocument/2006/relationships/officeDocument\" Target=\"ppt/presentation.xml"
          + "\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("ppt/presentation.xml"));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    assertEquals(Optional.of(DocumentType.PPTX), DocumentType.sniff(bomb));
    ConversionException e = assertThrows(ConversionException.class, () -> assertTimeoutPreemptively(
        Duration.ofSeconds(30), () -> new SlideShowToPdf(DocumentType.PPTX).convert(bomb,
            out.resolve("b.pdf"), ConversionContext.unbounded())));
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, e.code(), e.getMessage());
  }

  @Test
  void entriesLargerThanTheLimitAreTooLarge() {
    Path deck = Corpus.root().resolve("dev/pptx/shapes.pptx");
    ConversionContext context = new ConversionContext(ProgressListener.NONE, () -> null,
        ConversionLimits.DEFAULTS.withMaxUncompressedBytes(10_000));
    ConversionException e = assertThrows(ConversionException.class,
        () -> new SlideShowToPdf(DocumentType.PPTX).convert(deck, out.resolve("x.pdf"), context));
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, e.code(), e.getMessage());
    ConversionLimits.DEFAULTS.applyZipGuards();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
