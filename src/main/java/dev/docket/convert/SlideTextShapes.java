package dev.docket.convert;

import java.awt.Graphics2D;
import org.apache.poi.sl.draw.DrawFreeformShape;
import org.apache.poi.sl.draw.DrawTextBox;
import org.apache.poi.sl.draw.DrawTextShape;
import org.apache.poi.sl.usermodel.FreeformShape;
import org.apache.poi.sl.usermodel.TextBox;
import org.apache.poi.sl.usermodel.TextShape;

/**
 * POI's drawables for shapes with text (text boxes, auto shapes and placeholders, freeforms,
 * table cells), with the text block placed by {@link SlideTextFrame} and its paragraphs stacked
 * by {@link SlideTextBlock}. POI keeps drawing the outline, fill, rotation and flips.
 */
final class SlideTextShapes {
  private SlideTextShapes() {}

  static DrawTextShape of(TextShape<?, ?> text) {
    return new DrawTextShape(text) {
      @Override
      public void drawContent(Graphics2D graphics) {
        SlideTextFrame.drawContent(this, text, graphics);
      }

      @Override
      public double drawParagraphs(Graphics2D graphics, double x, double y) {
        return SlideTextBlock.draw(text, graphics, x, y);
      }
    };
  }

  static DrawTextBox of(TextBox<?, ?> text) {
    return new DrawTextBox(text) {
      @Override
      public void drawContent(Graphics2D graphics) {
        SlideTextFrame.drawContent(this, text, graphics);
      }

      @Override
      public double drawParagraphs(Graphics2D graphics, double x, double y) {
        return SlideTextBlock.draw(text, graphics, x, y);
      }
    };
  }

  static DrawFreeformShape of(FreeformShape<?, ?> text) {
    return new DrawFreeformShape(text) {
      @Override
      public void drawContent(Graphics2D graphics) {
        SlideTextFrame.drawContent(this, text, graphics);
      }

      @Override
      public double drawParagraphs(Graphics2D graphics, double x, double y) {
        return SlideTextBlock.draw(text, graphics, x, y);
      }
    };
  }
}
