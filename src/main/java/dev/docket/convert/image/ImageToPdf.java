package dev.docket.convert.image;

import dev.docket.convert.ConversionCancelledException;
import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.convert.ConversionLimits;
import dev.docket.convert.Converter;
import dev.docket.job.ErrorCode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts an image (PNG, JPEG, GIF, BMP, TIFF) to PDF, one page per image, sized to the image at
 * the resolution it declares ({@link ImagePages}): every page of a multi-page TIFF, the first
 * frame of an animated GIF. A JPEG is embedded as it is (DCTDecode, not re-encoded); everything
 * else losslessly (Flate), images over {@value #DECODED_PIXEL_BUDGET} pixels band by band ({@link
 * BandedImageEncoder}, 4,000,000 pixels at a time) so they never sit decoded in memory whole.
 *
 * <p>Each frame's size is read from its header and checked against {@link
 * ConversionLimits#maxImagePixels()} before anything is decoded; the number of frames against
 * {@link ConversionLimits#maxPages()}. Unreadable images fail with CORRUPT_DOCUMENT.
 */
public final class ImageToPdf implements Converter {
  private static final Logger LOG = LoggerFactory.getLogger(ImageToPdf.class);
  /** Largest image decoded in one piece (about 64 MB as ARGB). */
  static final long DECODED_PIXEL_BUDGET = 16_000_000L;

  private final long decodedPixelBudget;

  /** Decodes images up to {@value #DECODED_PIXEL_BUDGET} pixels whole, larger ones in bands. */
  public ImageToPdf() {
    this(DECODED_PIXEL_BUDGET);
  }

  /** @param decodedPixelBudget largest image decoded whole; bands hold a quarter of it */
  ImageToPdf(long decodedPixelBudget) {
    this.decodedPixelBudget = decodedPixelBudget;
  }

  @Override
  public int convert(Path input, Path output, ConversionContext context) throws ConversionException {
    context.checkpoint();
    try (ImageInputStream in = ImageIO.createImageInputStream(input.toFile())) {
      ImageReader reader = reader(in);
      try {
        reader.setInput(in, false, false);
        boolean jpeg = "jpeg".equals(format(reader));
        int frames = frames(reader, context.limits());
        try (PDDocument pdf = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
          for (int i = 0; i < frames; i++) {
            context.checkpoint();
            addPage(pdf, reader, i, jpeg ? input : null, context);
            context.progress().onProgress(i + 1, frames);
          }
          context.checkpoint();
          pdf.save(output.toFile());
        }
        return frames;
      } finally {
        reader.dispose();
      }
    } catch (ConversionException e) {
      throw e;
    } catch (OutOfMemoryError e) {
      throw new ConversionException(ErrorCode.DOCUMENT_TOO_LARGE,
          "The image needs more memory than a worker has", e);
    } catch (UncheckedIOException e) {
      throw damaged(e.getCause());
    } catch (IOException | RuntimeException e) {
      throw damaged(e);
    }
  }

  private static ImageReader reader(ImageInputStream in) throws ConversionException {
    Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
    if (readers == null || !readers.hasNext()) {
      throw new ConversionException(ErrorCode.UNSUPPORTED_FORMAT,
          "The image is in a format Docket cannot read");
    }
    return readers.next();
  }

  private static String format(ImageReader reader) throws IOException {
    return reader.getFormatName().toLowerCase(Locale.ROOT);
  }

  /** TIFF: every page; everything else (GIF animations too): the first frame. */
  private static int frames(ImageReader reader, ConversionLimits limits) throws IOException,
      ConversionException {
    if (!format(reader).startsWith("tif")) {
      return 1;
    }
    int frames = reader.getNumImages(true);
    if (frames > limits.maxPages()) {
      throw new ConversionException(ErrorCode.DOCUMENT_TOO_LARGE, "The image has " + frames
          + " pages, more than the limit of " + limits.maxPages() + " pages (maxPages)");
    }
    if (frames < 1) {
      throw new IOException("no images in the file");
    }
    return frames;
  }

  private void addPage(PDDocument pdf, ImageReader reader, int index, Path jpegFile,
      ConversionContext context) throws IOException, ConversionException {
    int width = reader.getWidth(index);
    int height = reader.getHeight(index);
    long pixels = (long) width * height;
    long limit = context.limits().maxImagePixels();
    if (width <= 0 || height <= 0) {
      throw new IOException("image of " + width + "x" + height + " pixels");
    }
    if (pixels > limit) {
      throw new ConversionException(ErrorCode.DOCUMENT_TOO_LARGE, String.format(Locale.ROOT,
          "The image is %d x %d pixels (%.1f megapixels), more than the limit of %.1f megapixels"
              + " (maxImagePixels)", width, height, pixels / 1e6, limit / 1e6));
    }
    float[] size = ImagePages.size(reader, index, width, height);
    PDImageXObject image = image(pdf, reader, index, jpegFile, pixels, context);
    PDPage page = new PDPage(new PDRectangle(size[0], size[1]));
    pdf.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
      content.drawImage(image, 0, 0, size[0], size[1]);
    }
    LOG.debug("page {}: {}x{} px on {}x{} pt", index + 1, width, height, size[0], size[1]);
  }

  private PDImageXObject image(PDDocument pdf, ImageReader reader, int index,
      Path jpegFile, long pixels, ConversionContext context) throws IOException {
    if (jpegFile != null) {
      try (InputStream jpeg = Files.newInputStream(jpegFile)) {
        return JPEGFactory.createFromStream(pdf, jpeg);
      }
    }
    if (pixels > decodedPixelBudget) {
      return BandedImageEncoder.encode(pdf, reader, index, reader.getWidth(index),
          reader.getHeight(index), (int) Math.max(1, decodedPixelBudget / 4),
          () -> checkpoint(context));
    }
    BufferedImage decoded = reader.read(index);
    return LosslessFactory.createFromImage(pdf, decoded);
  }

  private static void checkpoint(ConversionContext context) {
    try {
      context.checkpoint();
    } catch (ConversionCancelledException e) {
      throw new Cancelled(e);
    }
  }

  private static ConversionException damaged(Throwable cause) {
    if (cause instanceof Cancelled cancelled) {
      return cancelled.reason;
    }
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName()
        : cause.getClass().getSimpleName() + ": " + cause.getMessage().strip();
    return new ConversionException(ErrorCode.CORRUPT_DOCUMENT,
        "The image is damaged (" + (detail.length() > 160 ? detail.substring(0, 159) + "…" : detail)
            + ")", cause);
  }

  /** Carries a cancellation out of the band loop's callback. */
  private static final class Cancelled extends RuntimeException {
    private final ConversionCancelledException reason;

    Cancelled(ConversionCancelledException reason) {
      super(reason.getMessage(), null, false, false);
      this.reason = reason;
    }
  }
}
