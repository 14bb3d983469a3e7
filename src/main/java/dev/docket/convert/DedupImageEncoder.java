package dev.docket.convert;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DImageEncoder;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DLosslessImageEncoder;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeds each distinct picture once per PDF, however many slides draw it: images are keyed by a
 * SHA-256 of their decoded pixels. Pictures whose pixels are those {@link SourceImageRenderer}
 * decoded from a file are embedded from their file: a JPEG as it is (DCTDecode,
 * no re-compression) unless it is CMYK, a PNG through PDFBox's PNG converter (its compressed data
 * copied when the format allows). Everything else is compressed losslessly (Flate) by PDFBox. One
 * instance per document.
 */
final class DedupImageEncoder implements IPdfBoxGraphics2DImageEncoder {
  private static final Logger LOG = LoggerFactory.getLogger(DedupImageEncoder.class);
  private final SourceImageRenderer sources;
  private final Map<String, PDImageXObject> byContent = new HashMap<>();
  private final PdfBoxGraphics2DLosslessImageEncoder other = new PdfBoxGraphics2DLosslessImageEncoder();

  DedupImageEncoder(SourceImageRenderer sources) {
    this.sources = sources;
  }

  @Override
  public PDImageXObject encodeImage(PDDocument document, PDPageContentStream contentStream,
      Image image, IPdfBoxGraphics2DImageEncoderEnv env) {
    if (!(image instanceof BufferedImage buffered)) {
      return other.encodeImage(document, contentStream, image, env);
    }
    try {
      String key = pixelHash(buffered);
      PDImageXObject cached = byContent.get(key);
      if (cached == null) {
        SourceImageRenderer.Source source = sources.source(key);
        cached = source == null ? null : fromFile(document, source);
        if (cached == null) {
          cached = LosslessFactory.createFromImage(document, buffered);
        }
        byContent.put(key, cached);
      }
      return cached;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot embed an image: " + e.getMessage(), e);
    }
  }

  /**
   * The image embedded from its file, or null when that cannot be done faithfully (CMYK JPEG) or
   * PDFBox cannot read the file (it then gets the decoded pixels instead).
   */
  private static PDImageXObject fromFile(PDDocument document, SourceImageRenderer.Source source) {
    try {
      if (source.jpeg()) {
        PDImageXObject jpeg = JPEGFactory.createFromByteArray(document, source.bytes());
        return jpeg.getColorSpace().getNumberOfComponents() <= 3 ? jpeg : null;
      }
      return PDImageXObject.createFromByteArray(document, source.bytes(), "picture.png");
    } catch (IOException | RuntimeException e) {
      LOG.debug("embedding the picture file failed ({}); embedding its pixels", e.toString());
      return null;
    }
  }

  /** Number of distinct images embedded so far. */
  int distinctImages() {
    return byContent.size();
  }

  static String sha256(byte[] bytes) {
    MessageDigest digest = newDigest();
    digest.update(bytes);
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Hashes size, type and pixels. The backing array is hashed directly for the standard types
   * when the raster is the whole buffer; other images go through {@code getRGB}, row by row.
   */
  static String pixelHash(BufferedImage image) {
    MessageDigest digest = newDigest();
    int w = image.getWidth();
    int h = image.getHeight();
    digest.update(ByteBuffer.allocate(12).putInt(w).putInt(h).putInt(image.getType()).flip());
    WritableRaster raster = image.getRaster();
    boolean whole = raster.getParent() == null && raster.getSampleModelTranslateX() == 0
        && raster.getSampleModelTranslateY() == 0 && image.getType() != BufferedImage.TYPE_CUSTOM
        && image.getType() != BufferedImage.TYPE_BYTE_INDEXED
        && image.getType() != BufferedImage.TYPE_BYTE_BINARY;
    if (whole && raster.getDataBuffer() instanceof DataBufferByte bytes
        && bytes.getNumBanks() == 1) {
      digest.update(bytes.getData());
    } else if (whole && raster.getDataBuffer() instanceof DataBufferInt ints
        && ints.getNumBanks() == 1) {
      updateInts(digest, ints.getData(), ints.getData().length);
    } else {
      int[] row = new int[w];
      for (int y = 0; y < h; y++) {
        image.getRGB(0, y, w, 1, row, 0, w);
        updateInts(digest, row, w);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void updateInts(MessageDigest digest, int[] values, int length) {
    ByteBuffer buffer = ByteBuffer.allocate(Math.min(length, 1 << 16) * 4);
    for (int i = 0; i < length; ) {
      int n = Math.min(length - i, buffer.capacity() / 4);
      buffer.clear();
      buffer.asIntBuffer().put(values, i, n);
      buffer.limit(n * 4);
      digest.update(buffer);
      i += n;
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
