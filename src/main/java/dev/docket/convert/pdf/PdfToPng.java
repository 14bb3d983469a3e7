package dev.docket.convert.pdf;

import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.convert.Converter;
import dev.docket.job.ErrorCode;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders every page of a PDF to a PNG at a fixed resolution (default {@value #DEFAULT_DPI} dpi)
 * and writes them into one zip: {@code page-0001.png}, {@code page-0002.png}, ... Progress is
 * reported after every page. Limits: {@code maxPages}, and {@code maxImagePixels} for the size of
 * one rendered page (checked from the page box before rendering).
 */
public final class PdfToPng implements Converter {
  /** Resolution used when none is given, dots per inch. */
  public static final int DEFAULT_DPI = 96;

  private final int dpi;

  /** Renders at {@value #DEFAULT_DPI} dpi. */
  public PdfToPng() {
    this(DEFAULT_DPI);
  }

  /** @param dpi resolution of the PNGs, 1..2400 */
  public PdfToPng(int dpi) {
    if (dpi < 1 || dpi > 2400) {
      throw new IllegalArgumentException("dpi out of range 1..2400: " + dpi);
    }
    this.dpi = dpi;
  }

  /** The resolution pages are rendered at. */
  public int dpi() {
    return dpi;
  }

  @Override
  public int convert(Path input, Path output, ConversionContext context) throws ConversionException {
    context.checkpoint();
    try (PDDocument pdf = PdfFiles.open(input)) {
      int pages = pdf.getNumberOfPages();
      checkLimits(pdf, pages, context);
      PDFRenderer renderer = new PDFRenderer(pdf);
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(output));
          ZipOutputStream zip = new ZipOutputStream(file)) {
        for (int i = 0; i < pages; i++) {
          context.checkpoint();
          BufferedImage image = render(renderer, i);
          zip.putNextEntry(new ZipEntry(String.format(Locale.ROOT, "page-%04d.png", i + 1)));
          ImageIO.write(image, "png", zip);
          zip.closeEntry();
          context.progress().onProgress(i + 1, pages);
        }
      }
      return pages;
    } catch (ConversionException e) {
      throw e;
    } catch (OutOfMemoryError e) {
      throw new ConversionException(ErrorCode.DOCUMENT_TOO_LARGE,
          "Rendering the PDF needs more memory than a worker has", e);
    } catch (IOException | RuntimeException e) {
      throw PdfFiles.damaged(e);
    }
  }

  private BufferedImage render(PDFRenderer renderer, int page) throws ConversionException {
    try {
      return renderer.renderImageWithDPI(page, dpi, ImageType.RGB);
    } catch (IOException | RuntimeException e) {
      throw PdfFiles.damaged(e);
    }
  }

  private void checkLimits(PDDocument pdf, int pages, ConversionContext context)
      throws ConversionException {
    if (pages > context.limits().maxPages()) {
      throw new ConversionException(ErrorCode.DOCUMENT_TOO_LARGE, "The PDF has " + pages
          + " pages, more than the limit of " + context.limits().maxPages() + " pages (maxPages)");
    }
    for (int i = 0; i < pages; i++) {
      PDPage page = pdf.getPage(i);
      PDRectangle box = page.getCropBox();
      long w = (long) Math.ceil(box.getWidth() * dpi / 72.0);
      long h = (long) Math.ceil(box.getHeight() * dpi / 72.0);
      if (w * h > context.limits().maxImagePixels()) {
        throw new ConversionException(ErrorCode.DOCUMENT_TOO_LARGE, String.format(Locale.ROOT,
            "Page %d renders to %d x %d pixels at %d dpi, more than the limit of %.1f megapixels"
                + " (maxImagePixels)", i + 1, w, h, dpi, context.limits().maxImagePixels() / 1e6));
      }
    }
  }
}
