package dev.docket.convert;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.RenderingHints;
import java.io.IOException;
import java.nio.charset.Charset;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.sl.draw.DrawFactory;
import org.apache.poi.sl.draw.Drawable;
import org.apache.poi.sl.usermodel.Slide;

/**
 * Draws slides through POI into one PDF, one page per slide, page size = slide size in points.
 * Each slide becomes a form XObject drawn by {@link PdfBoxGraphics2D} (vector shapes, real text in
 * embedded fonts via {@link EmbeddingFontTextDrawer}, pictures embedded once via {@link
 * DedupImageEncoder}). One instance per document.
 */
final class PdfSlideWriter {
  /** WMF/EMF text without a charset is Windows-1252; POI wants a Charset object, not a name. */
  private static final Charset WMF_DEFAULT_CHARSET = Charset.forName("windows-1252");

  private final PDDocument pdf;
  private final EmbeddingFontTextDrawer fonts = new EmbeddingFontTextDrawer();
  private final SourceImageRenderer pictures = new SourceImageRenderer();
  private final DedupImageEncoder images = new DedupImageEncoder(pictures);
  private final StretchedTextureFill textures = new StretchedTextureFill();
  private final SlideDrawFactory drawFactory = new SlideDrawFactory();

  PdfSlideWriter(PDDocument pdf) {
    this.pdf = pdf;
  }

  /**
   * Adds one page and draws the slide on it.
   *
   * @param pageSize the slide size in points ({@link SlideSize})
   * @throws IOException when PDFBox cannot write; POI's runtime exceptions pass through
   */
  void addSlide(Slide<?, ?> slide, PDRectangle pageSize) throws IOException {
    PDPage page = addPage(pageSize);
    PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(pdf, pageSize.getWidth(), pageSize.getHeight());
    graphics.setFontTextDrawer(fonts);
    graphics.setImageEncoder(images);
    graphics.setDrawControl(textures);
    graphics.setRenderingHint(Drawable.DEFAULT_CHARSET, WMF_DEFAULT_CHARSET);
    graphics.setRenderingHint(Drawable.IMAGE_RENDERER, pictures);
    graphics.setRenderingHint(Drawable.DRAW_FACTORY, drawFactory);
    graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
        RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    Throwable first = null;
    // POI measures some text without a graphics (table rows grow to fit their cells): it then
    // asks the thread's default factory, which must lay text out as the drawing does
    DrawFactory.setDefaultFactory(drawFactory);
    try {
      slide.draw(graphics);
    } catch (RuntimeException | Error e) {
      first = e;
      throw e;
    } finally {
      DrawFactory.setDefaultFactory(null);
      dispose(graphics, first);
    }
    try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
      content.drawForm(graphics.getXFormObject());
    }
  }

  /** Adds a page with nothing on it (a presentation without visible slides). */
  PDPage addPage(PDRectangle pageSize) {
    PDPage page = new PDPage(new PDRectangle(pageSize.getWidth(), pageSize.getHeight()));
    pdf.addPage(page);
    return page;
  }

  /** Number of distinct pictures embedded so far. */
  int distinctImages() {
    return images.distinctImages();
  }

  /**
   * Disposes the graphics (and any child graphics POI left undisposed). When drawing already failed,
   * a failure here is only attached to the first one, which names the real cause.
   */
  private static void dispose(PdfBoxGraphics2D graphics, Throwable first) {
    try {
      graphics.disposeDanglingChildGraphics();
      graphics.dispose();
    } catch (RuntimeException e) {
      if (first == null) {
        throw e;
      }
      first.addSuppressed(e);
    }
  }
}
