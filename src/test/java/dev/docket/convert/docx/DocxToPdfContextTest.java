package dev.docket.convert.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.convert.ConversionCancelledException;
import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.convert.ConversionLimits;
import dev.docket.convert.Conversion;
import dev.docket.convert.Converters;
import dev.docket.convert.DocumentType;
import dev.docket.convert.ProgressListener;
import dev.docket.job.ErrorCode;
import dev.docket.support.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the converter does with its context: progress, cancellation, the page limit; and its registration. */
class DocxToPdfContextTest {
  private static final Path DOCX = Corpus.root().resolve("dev/docx/bug57031.docx");

  @TempDir
  Path out;

  @Test
  void reportsEveryPageInOrderAndEndsAtTheTotal() throws ConversionException {
    List<int[]> events = new ArrayList<>();
    ProgressListener listener = (done, total) -> events.add(new int[] {done, total});
    ConversionContext context = new ConversionContext(listener, () -> null, ConversionLimits.DEFAULTS);
    int pages = new DocxToPdf().convert(DOCX, out.resolve("p.pdf"), context);
    assertEquals(pages, events.size());
    for (int i = 0; i < events.size(); i++) {
      assertEquals(i + 1, events.get(i)[0]);
      assertEquals(pages, events.get(i)[1]);
    }
  }

  @Test
  void aStopReasonCancelsTheConversion() {
    AtomicInteger polls = new AtomicInteger();
    ConversionContext context = new ConversionContext(ProgressListener.NONE,
        () -> polls.incrementAndGet() > 3 ? "cancelled by user" : null, ConversionLimits.DEFAULTS);
    ConversionCancelledException e = assertThrows(ConversionCancelledException.class,
        () -> new DocxToPdf().convert(DOCX, out.resolve("c.pdf"), context));
    assertEquals(ErrorCode.CANCELLED, e.code());
    assertEquals("cancelled by user", e.getMessage());
  }

  @Test
  void moreThanMaxPagesIsTooLarge() {
    ConversionContext context = new ConversionContext(ProgressListener.NONE, () -> null,
        ConversionLimits.DEFAULTS.withMaxPages(3));
    ConversionException e = assertThrows(ConversionException.class,
        () -> new DocxToPdf().convert(DOCX, out.resolve("m.pdf"), context));
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("maxPages"), e.getMessage());
    assertTrue(e.getMessage().contains("3"), e.getMessage());
  }

  @Test
  void docxIsOfferedAsPdf() {
    Conversion conversion = Converters.find(DocumentType.DOCX, Converters.PDF).orElseThrow();
    assertTrue(conversion.converter() instanceof DocxToPdf);
    assertFalse(Converters.targetsFor(DocumentType.DOCX).isEmpty());
  }
}
