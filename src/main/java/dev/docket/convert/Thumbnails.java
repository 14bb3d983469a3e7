package dev.docket.convert;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Small PNG previews of conversion results: the first page of a PDF, or the first PNG (by name)
 * of a zip of pages, scaled to fit a square of {@code maxEdgePx} pixels (never enlarged). Blocking
 * and plain Java; meant to run on a worker thread after a job completes.
 */
public final class Thumbnails {
  /** Longest edge of a thumbnail when the caller has no preference, pixels. */
  public static final int DEFAULT_MAX_EDGE_PX = 320;
  /** Largest source PNG decoded for a thumbnail, pixels. */
  static final long MAX_SOURCE_PIXELS = 100_000_000L;

  private Thumbnails() {}

  /**
   * @param result a conversion result
   * @param mediaType its media type: {@code application/pdf} or {@code application/zip}
   * @param outPng where to write the thumbnail (overwritten)
   * @param maxEdgePx longest edge of the thumbnail, pixels (at least 1)
   * @throws IOException when the result cannot be read or holds no page
   * @throws IllegalArgumentException for another media type or a non-positive size
   */
  public static void firstPage(Path result, String mediaType, Path outPng, int maxEdgePx)
      throws IOException {
    if (maxEdgePx < 1) {
      throw new IllegalArgumentException("maxEdgePx must be positive: " + maxEdgePx);
    }
    String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).split(";")[0].trim();
    BufferedImage image = switch (type) {
      case "application/pdf" -> pdfFirstPage(result, maxEdgePx);
      case "application/zip" -> fit(zipFirstPng(result), maxEdgePx);
      default -> throw new IllegalArgumentException("no thumbnail for " + mediaType);
    };
    if (!ImageIO.write(image, "png", outPng.toFile())) {
      throw new IOException("no PNG writer");
    }
  }

  private static BufferedImage pdfFirstPage(Path pdf, int maxEdge) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile(), "", null, null,
        IOUtils.createTempFileOnlyStreamCache())) {
      if (doc.getNumberOfPages() == 0) {
        throw new IOException("the PDF has no pages");
      }
      PDRectangle box = doc.getPage(0).getCropBox();
      float longest = Math.max(box.getWidth(), box.getHeight());
      float scale = longest <= 0 ? 1 : Math.min(maxEdge / longest, 4f);
      return new PDFRenderer(doc).renderImage(0, scale, ImageType.RGB);
    } catch (RuntimeException e) {
      throw new IOException("cannot render the first page: " + e, e);
    }
  }

  private static BufferedImage zipFirstPng(Path zip) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      ZipEntry first = file.stream()
          .filter(e -> !e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".png"))
          .min(Comparator.comparing(ZipEntry::getName))
          .orElseThrow(() -> new IOException("no PNG in " + zip.getFileName()));
      try (InputStream in = file.getInputStream(first);
          ImageInputStream images = ImageIO.createImageInputStream(in)) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(images);
        if (!readers.hasNext()) {
          throw new IOException(first.getName() + " is not a readable image");
        }
        ImageReader reader = readers.next();
        try {
          reader.setInput(images, true, true);
          if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_SOURCE_PIXELS) {
            throw new IOException(first.getName() + " is too large for a thumbnail");
          }
          return reader.read(0);
        } finally {
          reader.dispose();
        }
      }
    }
  }

  /** Scales down (never up) to fit maxEdge, on white, in steps for a smooth result. */
  private static BufferedImage fit(BufferedImage source, int maxEdge) {
    int w = source.getWidth();
    int h = source.getHeight();
    double scale = Math.min(1.0, (double) maxEdge / Math.max(w, h));
    int targetW = Math.max(1, (int) Math.round(w * scale));
    int targetH = Math.max(1, (int) Math.round(h * scale));
    BufferedImage current = source;
    while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
      current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
    }
    return current.getWidth() == targetW && current.getHeight() == targetH
        && current.getType() == BufferedImage.TYPE_INT_RGB ? current
        : draw(current, targetW, targetH);
  }

  private static BufferedImage draw(BufferedImage source, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.drawImage(source, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
