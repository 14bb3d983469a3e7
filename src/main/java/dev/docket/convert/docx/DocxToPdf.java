package dev.docket.convert.docx;

import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.convert.ConversionLimits;
import dev.docket.convert.Converter;
import dev.docket.convert.FailureClassifier;
import dev.docket.convert.FailureClassifier.Phase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts a Word document (DOCX, ECMA-376 WordprocessingML) to PDF with a flow layout of its own:
 * POI reads the document ({@link DocxSource}), the whole document is laid out into pages first
 * ({@link DocumentLayout}: styles, numbering, line breaking with the metrics of the installed
 * metric-compatible fonts, tables, pictures, headers, footers, footnotes), then each page is
 * painted with PDFBox ({@link PdfPainter}: embedded subset fonts, selectable text, links).
 *
 * <p>Progress is reported after every painted page as (page, total); the page limit
 * ({@link ConversionLimits#maxPages()}) and cancellation are checked after each page laid out and
 * before each page painted. Every failure goes through {@link FailureClassifier} (noun
 * "document"): an encrypted DOCX is ENCRYPTED_DOCUMENT, a damaged one CORRUPT_DOCUMENT.
 */
public final class DocxToPdf implements Converter {
  private static final Logger LOG = LoggerFactory.getLogger(DocxToPdf.class);

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  @Override
  public int convert(Path input, Path output, ConversionContext context) throws ConversionException {
    context.checkpoint();
    context.limits().applyZipGuards();
    Phase phase = Phase.OPEN;
    DocxSource source = null;
    try {
      source = DocxSource.open(input);
      DocContext ctx = new DocContext(source);
      phase = Phase.DRAW;
      Shaper shaper = new Shaper();
      List<Page> pages = new DocumentLayout(ctx, shaper, context).layout();
      if (ctx.footnotesRestartEachPage) {
        Map<Integer, Integer> shown = FootnotePages.numbers(pages);
        if (!shown.isEmpty()) {
          pages = new DocumentLayout(new DocContext(source, shown), shaper, context).layout();
        }
      }
      int written = write(pages, shaper, ctx.background, output, context);
      LOG.debug("{}: {} pages", input.getFileName(), written);
      return written;
    } catch (Throwable t) {
      throw FailureClassifier.classifyOrRethrow(t, phase, "document");
    } finally {
      if (source != null) {
        close(source);
      }
    }
  }

  private static int write(List<Page> pages, Shaper shaper, int background, Path output,
      ConversionContext context) throws Exception {
    Map<Integer, Integer> perSection = new HashMap<>();
    for (Page p : pages) {
      perSection.merge(p.sectionIndex, 1, Integer::sum);
    }
    int total = pages.size();
    try (PDDocument pdf = new PDDocument()) {
      PdfPainter painter = new PdfPainter(pdf, shaper, background);
      for (int i = 0; i < total; i++) {
        context.checkpoint();
        Page page = pages.get(i);
        painter.paint(page, total, perSection.get(page.sectionIndex));
        context.progress().onProgress(i + 1, total);
      }
      painter.finish();
      context.checkpoint();
      try {
        pdf.save(output.toFile());
      } finally {
        painter.close();
      }
    }
    return total;
  }

  private static void close(DocxSource source) {
    try {
      source.close();
    } catch (RuntimeException | LinkageError e) {
      LOG.debug("closing the document failed: {}", e.toString());
    }
  }
}
