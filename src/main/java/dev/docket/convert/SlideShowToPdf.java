package dev.docket.convert;

import dev.docket.convert.FailureClassifier.Phase;
import dev.docket.job.ErrorCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.sl.usermodel.Slide;
import org.apache.poi.sl.usermodel.SlideShow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts a presentation (pptx or ppt) to PDF: one page per visible slide, drawn by POI into
 * PDFBox as vector graphics with selectable text in embedded fonts. Hidden slides are skipped (as
 * LibreOffice does). A presentation without visible slides yields one blank page.
 *
 * <p>Before drawing, typefaces are replaced by installed ones in the document model ({@link
 * TypefaceMapper}). Progress is reported after every slide; {@link ConversionContext#checkpoint()}
 * runs before each. Failures are classified by {@link FailureClassifier}.
 */
public final class SlideShowToPdf implements Converter {
  private static final Logger LOG = LoggerFactory.getLogger(SlideShowToPdf.class);

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private final DocumentType type;

  /**
   * @param type {@link DocumentType#PPTX} or {@link DocumentType#PPT}
   */
  public SlideShowToPdf(DocumentType type) {
    if (type != DocumentType.PPTX && type != DocumentType.PPT) {
      throw new IllegalArgumentException("not a slide show type: " + type);
    }
    this.type = type;
  }

  @Override
  public int convert(Path input, Path output, ConversionContext context) throws ConversionException {
    context.checkpoint();
    context.limits().applyZipGuards();
    SlideShowFiles.Opened opened = null;
    Phase phase = Phase.OPEN;
    try {
      opened = SlideShowFiles.open(input, type);
      SlideShow<?, ?> show = opened.show();
      TypefaceMapper.map(show);
      if (show instanceof HSLFSlideShow binary) {
        PptLineColors.apply(binary);
      }
      List<Slide<?, ?>> slides = visibleSlides(show, context.limits());
      phase = Phase.DRAW;
      int pages = write(show, slides, output, context);
      LOG.debug("{}: {} pages from {} slides", input.getFileName(), pages, show.getSlides().size());
      return pages;
    } catch (Throwable t) {
      throw FailureClassifier.classifyOrRethrow(t, phase, "presentation");
    } finally {
      close(opened);
    }
  }

  private static List<Slide<?, ?>> visibleSlides(SlideShow<?, ?> show, ConversionLimits limits)
      throws ConversionException {
    List<Slide<?, ?>> visible = new ArrayList<>();
    for (Slide<?, ?> slide : show.getSlides()) {
      if (!slide.isHidden()) {
        visible.add(slide);
      }
    }
    if (visible.size() > limits.maxPages()) {
      throw new ConversionException(ErrorCode.DOCUMENT_TOO_LARGE, "The presentation has "
          + visible.size() + " visible slides, more than the limit of " + limits.maxPages()
          + " pages (maxPages)");
    }
    return visible;
  }

  private static int write(SlideShow<?, ?> show, List<Slide<?, ?>> slides, Path output,
      ConversionContext context) throws Exception {
    PDRectangle size = SlideSize.of(show);
    try (PDDocument pdf = new PDDocument()) {
      PdfSlideWriter writer = new PdfSlideWriter(pdf);
      int total = slides.size();
      for (int i = 0; i < total; i++) {
        context.checkpoint();
        writer.addSlide(slides.get(i), size);
        context.progress().onProgress(i + 1, total);
      }
      if (total == 0) {
        writer.addPage(size);
        context.progress().onProgress(1, 1);
      }
      context.checkpoint();
      pdf.save(output.toFile());
      return Math.max(total, 1);
    }
  }

  private static void close(SlideShowFiles.Opened opened) {
    if (opened == null) {
      return;
    }
    try {
      opened.close();
    } catch (Exception | LinkageError e) {
      LOG.debug("closing the presentation failed: {}", e.toString());
    }
  }
}
