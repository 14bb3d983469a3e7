package dev.docket.convert;

import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import org.apache.poi.sl.draw.DrawFactory;
import org.apache.poi.sl.draw.DrawFreeformShape;
import org.apache.poi.sl.draw.DrawGraphicalFrame;
import org.apache.poi.sl.draw.DrawMasterSheet;
import org.apache.poi.sl.draw.DrawPaint;
import org.apache.poi.sl.draw.DrawTableShape;
import org.apache.poi.sl.draw.DrawTextBox;
import org.apache.poi.sl.draw.DrawTextFragment;
import org.apache.poi.sl.draw.DrawTextParagraph;
import org.apache.poi.sl.draw.DrawTextShape;
import org.apache.poi.sl.draw.Drawable;
import org.apache.poi.sl.usermodel.FreeformShape;
import org.apache.poi.sl.usermodel.GraphicalFrame;
import org.apache.poi.sl.usermodel.GroupShape;
import org.apache.poi.sl.usermodel.MasterSheet;
import org.apache.poi.sl.usermodel.PlaceableShape;
import org.apache.poi.sl.usermodel.Shape;
import org.apache.poi.sl.usermodel.TableShape;
import org.apache.poi.sl.usermodel.TextBox;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.xslf.usermodel.XSLFDiagram;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFTable;

/**
 * POI's draw factory, with slide text laid out as LibreOffice lays it out ({@link
 * SlideTextShapes}, {@link SlideParagraph}, {@link SlideTextFragment}), plus SmartArt: POI 5.5.1
 * draws a graphic frame only through its fallback picture, while the shapes PowerPoint saved for
 * a SmartArt diagram ({@link XSLFDiagram#getGroupShape()}) are there to draw; and charts, drawn
 * from their data ({@link SlideCharts}). Installed through {@code Drawable.DRAW_FACTORY}.
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
    if (frame instanceof XSLFGraphicFrame chart && chart.hasChart()) {
      return new DrawGraphicalFrame(frame) {
        @Override
        public void draw(Graphics2D graphics) {
          if (!SlideCharts.draw(chart, graphics)) {
            super.draw(graphics);
          }
        }
      };
    }
    return super.getDrawable(frame);
  }

  /** POI's master drawing, with ppt footer and date placeholders shown as the slide says. */
  @Override
  public DrawMasterSheet getDrawable(MasterSheet<?, ?> sheet) {
    return new DrawMasterSheet(sheet) {
      @Override
      protected boolean canDraw(Graphics2D graphics, Shape<?, ?> shape) {
        Boolean visible = PptHeadersFooters.visible(shape, graphics);
        return visible != null ? visible : super.canDraw(graphics, shape);
      }
    };
  }

  @Override
  public DrawTextShape getDrawable(TextShape<?, ?> shape) {
    return SlideTextShapes.of(shape);
  }

  @Override
  public DrawTextBox getDrawable(TextBox<?, ?> shape) {
    return SlideTextShapes.of(shape);
  }

  @Override
  public DrawFreeformShape getDrawable(FreeformShape<?, ?> shape) {
    return SlideTextShapes.of(shape);
  }

  @Override
  public DrawTableShape getDrawable(TableShape<?, ?> shape) {
    if (!(shape instanceof XSLFTable table)) {
      return super.getDrawable(shape);
    }
    return new DrawTableShape(table) {
      @Override
      public void draw(Graphics2D graphics) {
        SlideTables.layOut(table, graphics);
        super.draw(graphics);
      }
    };
  }

  @Override
  public DrawTextParagraph getDrawable(TextParagraph<?, ?, ?> paragraph) {
    return new SlideParagraph(paragraph);
  }

  @Override
  public DrawPaint getPaint(PlaceableShape<?, ?> shape) {
    return PictureFillPaint.applies(shape) ? new PictureFillPaint(shape) : super.getPaint(shape);
  }

  @Override
  public DrawTextFragment getTextFragment(TextLayout layout, AttributedString str) {
    return new SlideTextFragment(layout, str);
  }
}
