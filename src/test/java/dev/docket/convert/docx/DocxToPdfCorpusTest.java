package dev.docket.convert.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.support.Corpus;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every dev DOCX of the corpus converts, and the PDF agrees with LibreOffice's reference where a
 * reader would notice: page count, words, embedded fonts, pictures, links. Each file is converted
 * once for all checks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocxToPdfCorpusTest {
  /**
   * Files whose page count differs from LibreOffice's (ours / LibreOffice's), kept below 10% of the
   * corpus. Each difference comes from line and table metrics that add up over many pages.
   * None differs now: bug65649 has LibreOffice's 180 pages (line wraps in its specification table
   * on pages 92-94 still differ: "102-20/A2M" is broken after the slash where LibreOffice keeps it
   * whole), and stress004 its 114 since Persian lines are justified by kashida.
   */
  private static final Map<String, String> KNOWN_PAGE_MISMATCHES = Map.of();

  /** Files whose pages show pictures (embedded in the body, a header or a footer). */
  private static final Set<String> WITH_PICTURES = Set.of("Bug51170.docx", "drawing.docx",
      "bug59058.docx", "stress003.docx", "stress011.docx", "stress015.docx", "stress018.docx",
      "stress023.docx", "bug57031.docx");

  private final Map<Path, Path> converted = new HashMap<>();
  private Path out;

  static Stream<Path> documents() {
    return Corpus.dev("docx").stream();
  }

  @BeforeAll
  void convertAll() throws IOException, ConversionException {
    out = Files.createTempDirectory("docx-corpus");
    DocxToPdf converter = new DocxToPdf();
    for (Path docx : Corpus.dev("docx")) {
      Path pdf = out.resolve(docx.getFileName() + ".pdf");
      int pages = converter.convert(docx, pdf, ConversionContext.unbounded());
      assertTrue(pages > 0, docx.getFileName().toString());
      converted.put(docx, pdf);
    }
  }

  @AfterAll
  void cleanUp() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(out);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void pageCountMatchesLibreOffice(Path docx) throws IOException {
    String name = docx.getFileName().toString();
    int ours = pages(converted.get(docx));
    int reference = pages(Corpus.reference(docx));
    String known = KNOWN_PAGE_MISMATCHES.get(name);
    if (known != null) {
      assertEquals(known, ours + "/" + reference, "known mismatch changed: update the list");
    } else {
      assertEquals(reference, ours, "page count of " + name);
    }
  }

  // The page-count match *rate* (target: >= 90% of files) is a fidelity target, reported by
  // bench/fidelity/run, not asserted here; each known mismatch above is pinned exactly instead.


  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void textSharesMostWordsWithLibreOffice(Path docx) throws IOException {
    Set<String> reference = words(Corpus.reference(docx));
    Set<String> ours = words(converted.get(docx));
    long shared = reference.stream().filter(ours::contains).count();
    double overlap = reference.isEmpty() ? 1 : (double) shared / reference.size();
    assertTrue(overlap >= 0.8, String.format("%.0f%% of the reference's words in %s", overlap * 100,
        docx.getFileName()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyFontIsEmbedded(Path docx) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(converted.get(docx).toFile())) {
      for (PDPage page : pdf.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " in " + docx.getFileName());
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void picturesArePresentWhereTheDocumentHasThem(Path docx) throws IOException {
    int images = images(converted.get(docx));
    if (WITH_PICTURES.contains(docx.getFileName().toString())) {
      assertTrue(images > 0, "no image in " + docx.getFileName());
    }
  }

  @Test
  void hyperlinksBecomeLinkAnnotations() throws IOException {
    Path drawing = Corpus.root().resolve("dev/docx/drawing.docx");
    List<String> uris = new java.util.ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(converted.get(drawing).toFile())) {
      for (PDPage page : pdf.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
          }
        }
      }
    }
    assertTrue(uris.stream().anyMatch(u -> u.startsWith("http")), "links: " + uris);
  }

  private static int pages(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return doc.getNumberOfPages();
    }
  }

  /** Distinct image XObjects of all pages (all pages share one resource dictionary). */
  private static int images(Path pdf) throws IOException {
    Set<Object> seen = new HashSet<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            seen.add(image.getCOSObject());
          }
        }
      }
    }
    return seen.size();
  }

  /**
   * Lower-case words of three or more letters (digits allowed, but not digits alone), in scripts
   * drawn glyph by glyph: shaped scripts such as Arabic are drawn as shaped glyphs whose text is in
   * presentation forms, and numbers in right-to-left lines come out reversed from LibreOffice's
   * PDFs.
   */
  static Set<String> words(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      Set<String> words = new HashSet<>();
      for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.codePointCount(0, w.length()) >= 3 && w.codePoints().allMatch(DocxToPdfCorpusTest::simple)
            && !w.chars().allMatch(Character::isDigit)) {
          words.add(w);
        }
      }
      return words;
    }
  }

  private static boolean simple(int cp) {
    UnicodeScript s = UnicodeScript.of(cp);
    return s == UnicodeScript.LATIN || s == UnicodeScript.CYRILLIC || s == UnicodeScript.GREEK
        || s == UnicodeScript.COMMON || s == UnicodeScript.HAN;
  }
}
