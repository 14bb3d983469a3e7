package dev.docket.convert;

import dev.docket.support.Corpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.job.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Converts every deck of {@code corpus/dev/pptx} and {@code corpus/dev/ppt} and compares the result
 * with LibreOffice's PDF of it: same page count (both skip hidden slides), most of its words, every
 * font embedded, a sane size, and progress reported 1..N.
 */
class SlideShowToPdfTest {
  /** Below this many checkable reference words the text comparison says nothing (charts only). */
  private static final int MIN_WORDS = 20;

  @TempDir
  Path out;

  static Stream<Path> decks() {
    return Stream.concat(Corpus.dev("pptx").stream(), Corpus.dev("ppt").stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decks")
  void convertsLikeLibreOffice(Path deck) throws Exception {
    DocumentType type = DocumentType.sniff(deck).orElseThrow();
    Path pdf = out.resolve("out.pdf");
    List<int[]> progress = new ArrayList<>();
    ConversionContext context = new ConversionContext(
        (done, total) -> progress.add(new int[] {done, total}), () -> null, ConversionLimits.DEFAULTS);

    int pages = new SlideShowToPdf(type).convert(deck, pdf, context);

    Path reference = Corpus.reference(deck);
    assertEquals(PdfChecks.pageCount(reference), pages, "pages vs LibreOffice");
    assertEquals(pages, PdfChecks.pageCount(pdf), "pages in the written PDF");
    for (int i = 0; i < progress.size(); i++) {
      assertEquals(i + 1, progress.get(i)[0], "progress in order");
      assertEquals(pages, progress.get(i)[1], "total known from the start");
    }
    assertEquals(pages, progress.size(), "one progress call per page");

    Set<String> referenceWords = PdfChecks.words(reference);
    if (referenceWords.size() >= MIN_WORDS) {
      double overlap = PdfChecks.wordOverlap(PdfChecks.words(pdf), referenceWords);
      assertTrue(overlap >= 0.6, "shares " + overlap + " of LibreOffice's words");
    }
    List<PDFont> fonts = PdfChecks.fonts(pdf);
    for (PDFont font : fonts) {
      assertTrue(font.isEmbedded(), font.getName() + " is embedded");
    }
    long size = Files.size(pdf);
    assertTrue(size <= 6 * Files.size(deck) + (1 << 20), "output size " + size + " is sane");
  }

  @Test
  void picturesAreEmbeddedOnceAcrossSlides() throws Exception {
    Path deck = Corpus.root().resolve("dev/pptx/2411-Performance_Up.pptx");
    Path pdf = out.resolve("perf.pdf");
    assertEquals(46, new SlideShowToPdf(DocumentType.PPTX).convert(deck, pdf, ConversionContext.unbounded()));
    assertTrue(Files.size(pdf) < 3L << 20, "2411-Performance_Up.pdf is " + Files.size(pdf) + " bytes");
  }

  @Test
  void japaneseTextIsSelectableInAnEmbeddedCjkFont() throws Exception {
    Path deck = Corpus.root().resolve("dev/pptx/with_japanese.pptx");
    Path pdf = out.resolve("ja.pdf");
    new SlideShowToPdf(DocumentType.PPTX).convert(deck, pdf, ConversionContext.unbounded());
    assertTrue(PdfChecks.fonts(pdf).stream().anyMatch(f -> f.getName().contains("WenQuanYi")),
        "WenQuanYi Micro Hei embedded");
    Set<String> cjk = new java.util.HashSet<>(PdfChecks.words(Corpus.reference(deck)));
    cjk.removeIf(w -> !Fonts.hasCjk(w));
    assertFalse(cjk.isEmpty(), "the reference has Japanese words");
    assertTrue(PdfChecks.wordOverlap(PdfChecks.words(pdf), cjk) >= 0.8, "Japanese words extracted");
  }

  @Test
  void stopsBeforeTheNextSlideOnceTheJobMustStop() throws Exception {
    Path deck = Corpus.root().resolve("dev/pptx/shapes.pptx");
    AtomicInteger done = new AtomicInteger();
    ConversionContext context = new ConversionContext((d, t) -> done.set(d),
        () -> done.get() >= 2 ? "cancelled by client" : null, ConversionLimits.DEFAULTS);
    ConversionCancelledException e = assertThrows(ConversionCancelledException.class,
        () -> new SlideShowToPdf(DocumentType.PPTX).convert(deck, out.resolve("x.pdf"), context));
    assertEquals(ErrorCode.CANCELLED, e.code());
    assertEquals("cancelled by client", e.getMessage());
    assertEquals(2, done.get(), "no slide drawn after the stop");
  }

  @Test
  void enforcesMaxPages() {
    Path deck = Corpus.root().resolve("dev/pptx/shapes.pptx");
    ConversionContext context = new ConversionContext(ProgressListener.NONE, () -> null,
        ConversionLimits.DEFAULTS.withMaxPages(3));
    ConversionException e = assertThrows(ConversionException.class,
        () -> new SlideShowToPdf(DocumentType.PPTX).convert(deck, out.resolve("x.pdf"), context));
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("limit of 3 pages"), e.getMessage());
  }

  @Test
  void skipsHiddenSlides() throws Exception {
    Path deck = Corpus.root().resolve("dev/pptx/2411-Performance_Up.pptx");
    try (var show = new org.apache.poi.xslf.usermodel.XMLSlideShow(Files.newInputStream(deck))) {
      long hidden = show.getSlides().stream().filter(s -> s.isHidden()).count();
      assertTrue(hidden > 0, "the deck has hidden slides");
      assertEquals(show.getSlides().size() - hidden, PdfChecks.pageCount(Corpus.reference(deck)));
    }
  }
}
