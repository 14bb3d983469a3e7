package dev.docket.convert.image;

import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import org.w3c.dom.Node;

/**
 * The page size of an image: its pixels at the resolution it declares (PNG pHYs, JFIF density,
 * TIFF and BMP resolution, read through ImageIO's standard metadata), else at 72 dpi, so a pixel
 * is a point. Pages are kept within PDF's 200-inch limit.
 */
final class ImagePages {
  /** The largest page side PDF allows, points (200 inches). */
  static final float MAX_SIDE = 14_400f;
  private static final float MIN_DPI = 10f;
  private static final float MAX_DPI = 10_000f;

  private ImagePages() {}

  /** Width and height in points of frame {@code index} sized w × h pixels. */
  static float[] size(ImageReader reader, int index, int width, int height) {
    float[] dpi = dpi(reader, index);
    float w = width * 72f / dpi[0];
    float h = height * 72f / dpi[1];
    float shrink = Math.min(1f, Math.min(MAX_SIDE / w, MAX_SIDE / h));
    return new float[] {Math.max(1f, w * shrink), Math.max(1f, h * shrink)};
  }

  /** Horizontal and vertical resolution, dpi; 72 when the image declares none (or nonsense). */
  static float[] dpi(ImageReader reader, int index) {
    float x = 72;
    float y = 72;
    try {
      IIOMetadata metadata = reader.getImageMetadata(index);
      if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
        Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        float mmX = pixelSize(root, "HorizontalPixelSize");
        float mmY = pixelSize(root, "VerticalPixelSize");
        if (mmX > 0 || mmY > 0) {
          x = plausible(25.4f / (mmX > 0 ? mmX : mmY));
          y = plausible(25.4f / (mmY > 0 ? mmY : mmX));
        }
      }
    } catch (IOException | RuntimeException e) {
      // unreadable metadata: a pixel is a point
    }
    return new float[] {x, y};
  }

  private static float plausible(float dpi) {
    return Float.isFinite(dpi) && dpi >= MIN_DPI && dpi <= MAX_DPI ? dpi : 72f;
  }

  /** Millimetres per pixel from the standard tree's Dimension node, or 0. */
  private static float pixelSize(Node root, String name) {
    for (Node dim = root.getFirstChild(); dim != null; dim = dim.getNextSibling()) {
      if (!"Dimension".equals(dim.getNodeName())) {
        continue;
      }
      for (Node n = dim.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (name.equals(n.getNodeName()) && n.getAttributes().getNamedItem("value") != null) {
          try {
            return Float.parseFloat(n.getAttributes().getNamedItem("value").getNodeValue());
          } catch (NumberFormatException e) {
            return 0;
          }
        }
      }
    }
    return 0;
  }
}
