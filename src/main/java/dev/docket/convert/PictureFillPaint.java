package dev.docket.convert;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.io.InputStream;
import org.apache.poi.hslf.usermodel.HSLFShape;
import org.apache.poi.hslf.usermodel.HSLFSheet;
import org.apache.poi.sl.draw.DrawPaint;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PaintStyle.TexturePaint;
import org.apache.poi.sl.usermodel.PlaceableShape;

/**
 * POI's paints for a ppt shape (or background) filled with a picture ({@code fillType}
 * msofillPicture, [MS-ODRAW] 2.3.7.1): the picture is stretched over the shape, where POI tiles
 * it at its pixel size like a texture (msofillTexture). The fill is passed on as a stretched
 * texture, which {@link StretchedTextureFill} draws.
 */
final class PictureFillPaint extends DrawPaint {
  private static final Insets2D FULL = new Insets2D(0, 0, 0, 0);
  /** {@code fillType} of a picture fill (HSLFFill.FILL_PICTURE, not public). */
  private static final int FILL_PICTURE = 3;

  PictureFillPaint(PlaceableShape<?, ?> shape) {
    super(shape);
  }

  /**
   * Whether a shape's fill is a picture this paint is for. POI draws a background through a
   * stand-in placeable that only knows its sheet; the sheet's background then decides.
   */
  static boolean applies(PlaceableShape<?, ?> shape) {
    if (shape instanceof HSLFShape s) {
      return isPicture(s);
    }
    return !(shape instanceof org.apache.poi.sl.usermodel.Shape<?, ?>)
        && shape.getSheet() instanceof HSLFSheet sheet && sheet.getBackground() != null
        && isPicture(sheet.getBackground());
  }

  private static boolean isPicture(HSLFShape shape) {
    return shape.getFill() != null && shape.getFill().getFillType() == FILL_PICTURE;
  }

  @Override
  protected Paint getTexturePaint(TexturePaint fill, Graphics2D graphics) {
    return super.getTexturePaint(fill.getStretch() != null ? fill : new Stretched(fill), graphics);
  }

  /** The same picture, stretched over the whole fill rectangle. */
  private record Stretched(TexturePaint fill) implements TexturePaint {
    @Override
    public InputStream getImageData() {
      return fill.getImageData();
    }

    @Override
    public String getContentType() {
      return fill.getContentType();
    }

    @Override
    public int getAlpha() {
      return fill.getAlpha();
    }

    @Override
    public boolean isRotatedWithShape() {
      return fill.isRotatedWithShape();
    }

    @Override
    public org.apache.poi.sl.usermodel.Shape<?, ?> getShape() {
      return fill.getShape();
    }

    @Override
    public Insets2D getStretch() {
      return FULL;
    }
  }
}
