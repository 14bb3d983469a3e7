package dev.docket.convert;

import java.awt.Graphics2D;
import org.apache.poi.sl.draw.DrawFactory;
import org.apache.poi.sl.draw.DrawGraphicalFrame;
import org.apache.poi.sl.draw.Drawable;
import org.apache.poi.sl.usermodel.GraphicalFrame;
import org.apache.poi.sl.usermodel.GroupShape;
import org.apache.poi.xslf.usermodel.XSLFDiagram;

/**
 * POI's draw factory, plus SmartArt: POI 5.5.1 draws a graphic frame only through its fallback
 * picture, while the shapes PowerPoint saved for a SmartArt diagram ({@link
 * XSLFDiagram#getGroupShape()}) are there to draw. Installed through {@code Drawable.DRAW_FACTORY}.
 */
final class SlideDrawFactory extends DrawFactory {
  @Override
  public DrawGraphicalFrame getDrawable(GraphicalFrame<?, ?> frame) {
    if (frame instanceof XSLFDiagram diagram && diagram.getGroupShape() != null) {
      GroupShape<?, ?> group = diagram.getGroupShape();
      return new DrawGraphicalFrame(frame) {
        @Override
        public void draw(Graphics2D graphics) {
          Drawable drawable = SlideDrawFactory.this.getDrawable(group);
          drawable.applyTransform(graphics);
          drawable.draw(graphics);
        }
      };
    }
    return super.getDrawable(frame);
  }
}
