package dev.docket.convert.docx;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.hemf.usermodel.HemfPicture;
import org.apache.poi.hwmf.usermodel.HwmfPicture;

/**
 * Renders a Windows metafile (WMF, MS-WMF) or enhanced metafile (EMF, MS-EMF) picture to pixels
 * with POI's metafile players, at 2 pixels per point and at most 2,000 pixels a side.
 */
final class MetafileRenderer {
  private static final double PIXELS_PER_POINT = 2;
  private static final int MAX_SIDE = 2000;

  private MetafileRenderer() {}

  /** The picture as an ARGB image, or null when it has no size. */
  static BufferedImage render(byte[] bytes, String contentType) throws IOException {
    boolean emf = contentType.contains("emf") || isEmf(bytes);
    Dimension2D size;
    HemfPicture emfPicture = null;
    HwmfPicture wmfPicture = null;
    if (emf) {
      emfPicture = new HemfPicture(new ByteArrayInputStream(bytes));
      size = emfPicture.getSize();
    } else {
      wmfPicture = new HwmfPicture(new ByteArrayInputStream(bytes));
      size = wmfPicture.getSize();
    }
    double scale = PIXELS_PER_POINT;
    double w = size.getWidth() * scale;
    double h = size.getHeight() * scale;
    if (!(w >= 1 && h >= 1)) {
      return null;
    }
    double shrink = Math.min(1, MAX_SIDE / Math.max(w, h));
    int pw = (int) Math.ceil(w * shrink);
    int ph = (int) Math.ceil(h * shrink);
    BufferedImage image = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      Rectangle2D bounds = new Rectangle2D.Double(0, 0, pw, ph);
      if (emfPicture != null) {
        emfPicture.draw(g, bounds);
      } else {
        wmfPicture.draw(g, bounds);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  private static boolean isEmf(byte[] b) {
    return b.length > 44 && b[0] == 1 && b[1] == 0 && b[2] == 0 && b[3] == 0 && b[40] == ' ' && b[41] == 'E'
        && b[42] == 'M' && b[43] == 'F';
  }
}
