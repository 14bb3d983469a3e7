package dev.docket.convert;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import org.apache.poi.sl.draw.BitmapImageRenderer;
import org.apache.poi.util.IOUtils;

/**
 * POI's bitmap renderer for JPEG and PNG pictures, and for Macintosh PICT pictures of ppt files
 * (which POI cannot draw; decoded by TwelveMonkeys' ImageIO plugin, after {@link PictBackground}
 * sets QuickDraw's default white background), installed through {@code
 * Drawable.IMAGE_RENDERER}, with two additions for PDF output:
 *
 * <ul>
 *   <li>it remembers the JPEG or PNG file each decoded image came from (by pixel hash), so {@link
 *       DedupImageEncoder} can embed the original data (DCTDecode, PNG) instead of re-compressing
 *       pixels;
 *   <li>it keeps recently decoded pictures (up to {@link #CACHE_BYTES} of pixels), so a logo that
 *       every slide shows is decoded once, not once per slide.
 * </ul>
 *
 * <p>Other formats (WMF, EMF, GIF, ...) are left to POI's usual renderers. One instance per
 * document, used by one thread.
 */
final class SourceImageRenderer extends BitmapImageRenderer {
  /** Decoded pixels kept for reuse, in bytes (4 per pixel). */
  static final long CACHE_BYTES = 96L << 20;

  /** An image file: its bytes, and whether it is a JPEG (else PNG). */
  record Source(byte[] bytes, boolean jpeg) {}

  /** Pixel hash of each decoded picture to the file it came from. */
  private final Map<String, Source> byPixels = new HashMap<>();
  private final LinkedHashMap<String, BufferedImage> decoded = new LinkedHashMap<>(16, 0.75f, true);
  private long decodedBytes;

  @Override
  public boolean canRender(String contentType) {
    return isJpeg(contentType) || isPng(contentType) || isPict(contentType);
  }

  @Override
  public void loadImage(InputStream data, String contentType) throws IOException {
    loadImage(IOUtils.toByteArray(data), contentType);
  }

  @Override
  public void loadImage(byte[] data, String contentType) throws IOException {
    String key = DedupImageEncoder.sha256(data);
    BufferedImage image = decoded.get(key);
    if (image != null) {
      img = image;
      return;
    }
    super.loadImage(isPict(contentType) ? PictBackground.withDefaultBackground(data) : data,
        contentType);
    image = getImage();
    if (image != null) {
      if (isJpeg(contentType) || isPng(contentType)) {
        byPixels.put(DedupImageEncoder.pixelHash(image), new Source(data, isJpeg(contentType)));
      }
      remember(key, image);
    }
  }

  /**
   * The file whose decoded pixels have this hash ({@link DedupImageEncoder#pixelHash}), or {@code
   * null}. Keyed by content because pdfbox-graphics2d copies the image it is asked to draw.
   */
  Source source(String pixelHash) {
    return byPixels.get(pixelHash);
  }

  private void remember(String key, BufferedImage image) {
    long size = 4L * image.getWidth() * image.getHeight();
    if (size > CACHE_BYTES / 2) {
      return;
    }
    decoded.put(key, image);
    decodedBytes += size;
    Iterator<BufferedImage> eldest = decoded.values().iterator();
    while (decodedBytes > CACHE_BYTES && eldest.hasNext()) {
      BufferedImage old = eldest.next();
      decodedBytes -= 4L * old.getWidth() * old.getHeight();
      eldest.remove();
    }
  }

  static boolean isJpeg(String contentType) {
    String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return ct.equals("image/jpeg") || ct.equals("image/jpg") || ct.equals("image/pjpeg");
  }

  /** Macintosh PICT (ppt), decoded by the TwelveMonkeys ImageIO plugin; POI has no reader. */
  static boolean isPict(String contentType) {
    String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return ct.equals("image/x-pict") || ct.equals("image/pict");
  }

  static boolean isPng(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).equals("image/png");
  }
}
