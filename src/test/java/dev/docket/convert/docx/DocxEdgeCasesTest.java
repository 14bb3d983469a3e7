package dev.docket.convert.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.job.ErrorCode;
import dev.docket.support.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken, hostile and unusual DOCX files (corpus/edge, plus a truncated copy made here): each
 * converts or fails with a {@link ConversionException} carrying a precise code; nothing else is
 * thrown and nothing hangs.
 */
class DocxEdgeCasesTest {
  /** Edge files whose outcome is known exactly. */
  private static final Map<String, ErrorCode> EXPECTED = Map.ofEntries(
      Map.entry("bug53475-password-is-pass.docx", ErrorCode.ENCRYPTED_DOCUMENT),
      Map.entry("protected_agile.docx", ErrorCode.ENCRYPTED_DOCUMENT),
      Map.entry("truncated62886.docx", ErrorCode.CORRUPT_DOCUMENT),
      Map.entry("stress025.docx", ErrorCode.CORRUPT_DOCUMENT),
      Map.entry("ExternalEntityInText.docx", ErrorCode.CORRUPT_DOCUMENT),
      Map.entry("OPCCompliance_DerivedPartNameFAIL.docx", ErrorCode.CORRUPT_DOCUMENT),
      // a zip holding word/document.xml twice: POI refuses such ambiguous packages
      Map.entry("unicode-path.docx", ErrorCode.CORRUPT_DOCUMENT));

  /** Edge files that convert. */
  private static final Map<String, Integer> PAGES = Map.of("EmptyDocumentWithHeaderFooter.docx", 1);

  private static final List<ErrorCode> DOCUMENT_PROBLEMS = List.of(ErrorCode.CORRUPT_DOCUMENT,
      ErrorCode.ENCRYPTED_DOCUMENT, ErrorCode.UNSUPPORTED_FORMAT, ErrorCode.DOCUMENT_TOO_LARGE);

  @TempDir
  Path out;

  static Stream<Path> edgeDocuments() {
    return Corpus.edge().stream().filter(f -> f.getFileName().toString().endsWith(".docx"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edgeDocuments")
  void convertsOrFailsWithAPreciseCode(Path file) {
    String name = file.getFileName().toString();
    ErrorCode expected = EXPECTED.get(name);
    Path pdf = out.resolve("out.pdf");
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      try {
        int pages = new DocxToPdf().convert(file, pdf, ConversionContext.unbounded());
        if (expected != null) {
          fail("expected " + expected + " but converted " + pages + " pages");
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
          assertEquals(pages, doc.getNumberOfPages());
        }
        if (PAGES.containsKey(name)) {
          assertEquals(PAGES.get(name), pages, name);
        }
      } catch (ConversionException e) {
        if (expected != null) {
          assertEquals(expected, e.code(), e.getMessage());
        }
        assertTrue(DOCUMENT_PROBLEMS.contains(e.code()), e.code() + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith("The document "), e.getMessage());
      }
    });
  }

  @Test
  void everyEdgeDocumentHasAnExpectedOutcome() {
    for (Path file : edgeDocuments().toList()) {
      String name = file.getFileName().toString();
      assertTrue(EXPECTED.containsKey(name) || PAGES.containsKey(name) || name.startsWith("clusterfuzz"), name);
    }
  }

  @Test
  void truncatedDocxIsCorrupt() throws IOException {
    byte[] docx = Files.readAllBytes(Corpus.root().resolve("dev/docx/IllustrativeCases.docx"));
    Path truncated = out.resolve("truncated.docx");
    Files.write(truncated, Arrays.copyOf(docx, docx.length / 2));
    ConversionException e = assertThrows(ConversionException.class,
        () -> new DocxToPdf().convert(truncated, out.resolve("t.pdf"), ConversionContext.unbounded()));
    assertEquals(ErrorCode.CORRUPT_DOCUMENT, e.code(), e.getMessage());
    assertTrue(e.getMessage().startsWith("The document is damaged"), e.getMessage());
  }

  @Test
  void notADocxAtAllIsCorrupt() throws IOException {
    Path text = out.resolve("plain.docx");
    Files.writeString(text, "just some text, not a zip");
    ConversionException e = assertThrows(ConversionException.class,
        () -> new DocxToPdf().convert(text, out.resolve("p.pdf"), ConversionContext.unbounded()));
    assertEquals(ErrorCode.CORRUPT_DOCUMENT, e.code(), e.getMessage());
  }
}
