package dev.docket.convert;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DDrawControl;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.apache.poi.sl.draw.DrawTexturePaint;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PaintStyle;

/**
 * Fills shapes whose paint is a stretched picture (POI's {@link DrawTexturePaint} with a {@code
 * stretch}; slide backgrounds and picture-filled shapes) by clipping to the shape and drawing the
 * picture once, at its own resolution, over the fill rectangle. pdfbox-graphics2d would otherwise
 * tile the texture at its pixel size (one pixel per point), since POI's paint does the stretching
 * only in its raster {@code PaintContext}. Tiled and unscaled textures keep the default path.
 *
 * <p>Insets are in POI's units: 100,000 = 100% of the fill rectangle (stretch) or of the picture
 * (source crop, which may be negative).
 */
final class StretchedTextureFill implements IPdfBoxGraphics2DDrawControl {
  private static final double FULL = 100_000;

  @Override
  public Shape transformShapeBeforeFill(Shape shape, IDrawControlEnv env) {
    if (!(env.getPaint() instanceof DrawTexturePaint paint)) {
      return shape;
    }
    PaintStyle.TexturePaint fill = paint.getFill();
    BufferedImage image = paint.getImage();
    Rectangle2D bounds = shape.getBounds2D();
    if (fill == null || fill.getStretch() == null || image == null || bounds.isEmpty()) {
      return shape;
    }
    Rectangle2D placed = placement(bounds, fill.getStretch(), fill.getInsets());
    AffineTransform at = new AffineTransform();
    at.translate(placed.getX(), placed.getY());
    at.scale(placed.getWidth() / image.getWidth(), placed.getHeight() / image.getHeight());
    PdfBoxGraphics2D child = env.getGraphics().create();
    try {
      child.clip(shape);
      child.clip(stretched(bounds, fill.getStretch()));
      child.drawImage(image, at, null);
    } finally {
      child.dispose();
    }
    return null;
  }

  /** The rectangle the whole picture maps to, so that its cropped part covers the fill rect. */
  static Rectangle2D placement(Rectangle2D bounds, Insets2D stretch, Insets2D crop) {
    Rectangle2D target = stretched(bounds, stretch);
    if (crop == null) {
      return target;
    }
    double visibleW = (FULL - crop.left - crop.right) / FULL;
    double visibleH = (FULL - crop.top - crop.bottom) / FULL;
    if (visibleW <= 0 || visibleH <= 0) {
      return target;
    }
    double w = target.getWidth() / visibleW;
    double h = target.getHeight() / visibleH;
    return new Rectangle2D.Double(target.getX() - crop.left / FULL * w,
        target.getY() - crop.top / FULL * h, w, h);
  }

  private static Rectangle2D stretched(Rectangle2D b, Insets2D s) {
    return new Rectangle2D.Double(b.getX() + s.left / FULL * b.getWidth(),
        b.getY() + s.top / FULL * b.getHeight(),
        b.getWidth() * (FULL - s.left - s.right) / FULL,
        b.getHeight() * (FULL - s.top - s.bottom) / FULL);
  }

  @Override
  public Shape transformShapeBeforeDraw(Shape shape, IDrawControlEnv env) {
    return shape;
  }

  @Override
  public void afterShapeFill(Shape shape, IDrawControlEnv env) {
    // nothing to add
  }

  @Override
  public void afterShapeDraw(Shape shape, IDrawControlEnv env) {
    // nothing to add
  }
}
