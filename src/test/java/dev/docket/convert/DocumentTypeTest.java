package dev.docket.convert;

import dev.docket.support.Corpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Sniffing decides from bytes only: corpus files, renamed copies, truncated and hostile ones. */
class DocumentTypeTest {
  @TempDir
  Path tmp;

  static Stream<Path> devFiles() {
    return Stream.of("pptx", "ppt", "docx", "xlsx").flatMap(t -> Corpus.dev(t).stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("devFiles")
  void devFileSniffsToItsFolderType(Path file) {
    DocumentType folder = DocumentType.valueOf(
        file.getParent().getFileName().toString().toUpperCase(Locale.ROOT));
    assertEquals(Optional.of(folder), DocumentType.sniff(file));
  }

  @ParameterizedTest
  @CsvSource({"dev/pptx/shapes.pptx, PPTX", "dev/ppt/41246-1.ppt, PPT",
      "dev/docx/drawing.docx, DOCX", "dev/xlsx/Tables.xlsx, XLSX"})
  void renamedCopiesSniffByContent(String source, DocumentType type) throws IOException {
    for (String name : new String[] {"copy.docx", "copy.txt", "copy.pdf", "copy"}) {
      Path copy = tmp.resolve(name);
      Files.copy(Corpus.root().resolve(source), copy, StandardCopyOption.REPLACE_EXISTING);
      assertEquals(Optional.of(type), DocumentType.sniff(copy), name);
    }
  }

  @Test
  void textAndRandomBytesAreUnknown() throws IOException {
    Path text = tmp.resolve("notes.pptx");
    Files.writeString(text, "BM is not a bitmap, and this is not a presentation.\n");
    assertEquals(Optional.empty(), DocumentType.sniff(text));
    byte[] noise = new byte[64 * 1024];
    new Random(42).nextBytes(noise);
    noise[0] = 0x13; // never a known magic number
    Path random = tmp.resolve("random.ppt");
    Files.write(random, noise);
    assertEquals(Optional.empty(), DocumentType.sniff(random));
    Path empty = tmp.resolve("empty.docx");
    Files.write(empty, new byte[0]);
    assertEquals(Optional.empty(), DocumentType.sniff(empty));
    assertEquals(Optional.empty(), DocumentType.sniff(tmp.resolve("missing.pptx")));
  }

  @ParameterizedTest
  @CsvSource({"protected_agile.docx, ENCRYPTED_OOXML", "protected_passtika.xlsx, ENCRYPTED_OOXML",
      "bug53475-password-is-pass.docx, ENCRYPTED_OOXML", "58616.xlsx, ENCRYPTED_OOXML",
      "Password_Protected-hello.ppt, PPT", "cryptoapi-proc2356.ppt, PPT",
      "ppt_with_png_encrypted.ppt, PPT", "PPT95.ppt, PPT", "pp40only.ppt, PPT",
      "truncated62886.docx, DOCX", "poc-xmlbomb.xlsx, XLSX", "poc-shared-strings.xlsx, XLSX",
      "SampleSS.strict.xlsx, XLSX", "stress025.docx, ''", "invalid.xlsx, ''"})
  void edgeFilesSniffByContent(String name, String expected) {
    Optional<DocumentType> want = expected.isEmpty() ? Optional.empty()
        : Optional.of(DocumentType.valueOf(expected));
    assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertEquals(want, DocumentType.sniff(Corpus.root().resolve("edge").resolve(name))));
  }

  @Test
  void truncatedPptxIsStillAPptx() throws IOException {
    byte[] deck = Files.readAllBytes(Corpus.root().resolve("dev/pptx/themes.pptx"));
    for (int keep : new int[] {deck.length / 2, 4096}) {
      Path cut = tmp.resolve("cut" + keep + ".bin");
      Files.write(cut, Arrays.copyOf(deck, keep));
      assertEquals(Optional.of(DocumentType.PPTX), DocumentType.sniff(cut), keep + " bytes kept");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml, PPTX",
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml, PPTX",
    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml, PPTX",
    "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml, PPTX",
    "application/vnd.ms-powerpoint.template.macroEnabled.main+xml, PPTX",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml, DOCX",
    "application/vnd.ms-word.document.macroEnabled.main+xml, DOCX",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml, DOCX",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml, XLSX",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml, XLSX",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml, XLSX"})
  void mainPartVariantsAreRecognised(String contentType, DocumentType type) throws IOException {
    Path zip = tmp.resolve("package.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("[Content_Types].xml"));
      out.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd."
          + "openxmlformats-officedocument.extended-properties+xml\"/>"
          + "<Override PartName=\"/main.xml\" ContentType=\"" + contentType + "\"/></Types>")
          .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    assertEquals(Optional.of(type), DocumentType.sniff(zip));
  }

  @Test
  void imagesAndPdfAreRecognised() throws IOException {
    assertSniffs(DocumentType.PDF, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
    assertSniffs(DocumentType.PNG, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    assertSniffs(DocumentType.JPEG, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16});
    assertSniffs(DocumentType.GIF, "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
    assertSniffs(DocumentType.TIFF, new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0});
    byte[] bmp = new byte[64];
    bmp[0] = 'B';
    bmp[1] = 'M';
    bmp[14] = 40;
    assertSniffs(DocumentType.BMP, bmp);
  }

  @Test
  void everyTypeHasItsOwnMediaTypeAndExtension() {
    Set<String> media = new HashSet<>();
    Set<String> extensions = new HashSet<>();
    for (DocumentType type : DocumentType.values()) {
      assertTrue(media.add(type.mediaType()), type.mediaType());
      assertTrue(extensions.add(type.extension()), type.extension());
    }
    assertEquals("application/vnd.openxmlformats-officedocument.presentationml.presentation",
        DocumentType.PPTX.mediaType());
    assertEquals("ppt", DocumentType.PPT.extension());
  }

  private void assertSniffs(DocumentType type, byte[] bytes) throws IOException {
    Path file = tmp.resolve("file.bin");
    byte[] padded = Arrays.copyOf(bytes, Math.max(bytes.length, 64));
    Files.write(file, padded);
    assertEquals(Optional.of(type), DocumentType.sniff(file));
  }
}
