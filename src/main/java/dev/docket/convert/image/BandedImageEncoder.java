package dev.docket.convert.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Embeds a large image without holding it decoded in memory: ImageIO decodes it band by band
 * ({@link ImageReadParam#setSourceRegion}) and each band's 8-bit RGB samples go straight into a
 * Flate-compressed image stream. Transparency is flattened onto white, and samples deeper than 8
 * bits are reduced to 8: the price of decoding in bands. Memory stays near one band.
 */
final class BandedImageEncoder {
  private BandedImageEncoder() {}

  /**
   * Returns the image XObject; {@code checkpoint} runs between bands.
   *
   * @param bandPixels pixels decoded at a time (at least one row)
   */
  static PDImageXObject encode(PDDocument doc, ImageReader reader, int index, int width,
      int height, int bandPixels, Runnable checkpoint) throws IOException {
    COSStream stream = doc.getDocument().createCOSStream();
    int band = Math.max(1, bandPixels / width);
    byte[] row = new byte[width * 3];
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      for (int y = 0; y < height; y += band) {
        checkpoint.run();
        ImageReadParam param = reader.getDefaultReadParam();
        int rows = Math.min(band, height - y);
        param.setSourceRegion(new Rectangle(0, y, width, rows));
        BufferedImage part = reader.read(index, param);
        int[] argb = new int[width];
        for (int r = 0; r < Math.min(rows, part.getHeight()); r++) {
          part.getRGB(0, r, Math.min(width, part.getWidth()), 1, argb, 0, width);
          for (int x = 0; x < width; x++) {
            int p = argb[x];
            int a = p >>> 24;
            row[3 * x] = (byte) blend((p >> 16) & 0xFF, a);
            row[3 * x + 1] = (byte) blend((p >> 8) & 0xFF, a);
            row[3 * x + 2] = (byte) blend(p & 0xFF, a);
          }
          out.write(row);
        }
      }
    }
    PDImageXObject image = new PDImageXObject(new PDStream(stream), null);
    image.setWidth(width);
    image.setHeight(height);
    image.setBitsPerComponent(8);
    image.setColorSpace(PDDeviceRGB.INSTANCE);
    return image;
  }

  /** A colour channel over white. */
  private static int blend(int channel, int alpha) {
    return (channel * alpha + 255 * (255 - alpha)) / 255;
  }
}
