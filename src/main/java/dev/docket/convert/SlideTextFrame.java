package dev.docket.convert;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.draw.DrawShape;
import org.apache.poi.sl.draw.DrawTextShape;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PlaceableShape;
import org.apache.poi.sl.usermodel.ShapeContainer;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.sl.usermodel.TextShape.TextDirection;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.ddf.EscherPropertyTypes;
import org.apache.poi.hslf.usermodel.HSLFSimpleShape;
import org.apache.poi.hslf.usermodel.HSLFTextShape;
import org.apache.poi.xslf.usermodel.XSLFTableCell;

/**
 * Places a shape's text block in the shape: POI's {@code DrawTextShape.drawContent} (flips undone
 * for the text, text rotation, vertical anchoring, vertical text), but with a table cell's real
 * margins ({@link CellMargins}) and shrink-on-overflow applied first ({@link TextAutofit}, {@link
 * BinaryAutofit}). The
 * text itself is stacked by the drawable's {@code drawParagraphs} ({@link SlideTextBlock}).
 */
final class SlideTextFrame {
  private SlideTextFrame() {}

  /** The shape's text insets in points. */
  static Insets2D insets(TextShape<?, ?> shape) {
    return shape instanceof XSLFTableCell cell ? CellMargins.of(cell) : shape.getInsets();
  }

  static void drawContent(DrawTextShape drawable, TextShape<?, ?> shape, Graphics2D graphics) {
    Rectangle2D anchor = DrawShape.getAnchor(graphics, shape);
    if (anchor == null) {
      return;
    }
    Insets2D insets = insets(shape);
    double available = anchor.getHeight() - insets.top - insets.bottom;
    if (shape instanceof HSLFTextShape binary) {
      BinaryAutofit.fit(binary, available, () -> SlideTextBlock.fittedHeight(shape, graphics));
    } else {
      TextAutofit.fit(shape, available, () -> SlideTextBlock.fittedHeight(shape, graphics));
    }
    AffineTransform saved = graphics.getTransform();
    try {
      unflip(shape, anchor, graphics);
      rotate(shape.getTextRotation(), anchor, graphics);
      double y = anchor.getY() + top(drawable, shape, anchor, insets, graphics);
      TextDirection direction = shape.getTextDirection();
      if (direction == TextDirection.VERTICAL || direction == TextDirection.VERTICAL_270) {
        rotate(direction == TextDirection.VERTICAL ? 90d : 270d, anchor, graphics);
        double dx = (anchor.getWidth() - anchor.getHeight()) / 2;
        graphics.translate(dx, -dx);
      }
      drawable.drawParagraphs(graphics, anchor.getX() + insets.left, y);
    } finally {
      graphics.setTransform(saved);
    }
  }

  /** Offset of the text block's top from the shape's top, by vertical anchoring. */
  private static double top(DrawTextShape drawable, TextShape<?, ?> shape, Rectangle2D anchor,
      Insets2D insets, Graphics2D graphics) {
    VerticalAlignment align = verticalAlignment(shape);
    if (align == VerticalAlignment.BOTTOM) {
      return anchor.getHeight() - drawable.getTextHeight(graphics) - insets.bottom;
    }
    if (align == VerticalAlignment.MIDDLE) {
      double free = anchor.getHeight() - drawable.getTextHeight(graphics) - insets.top
          - insets.bottom;
      return insets.top + free / 2;
    }
    return insets.top;
  }

  /**
   * The shape's vertical anchoring. A ppt shape that states none ({@code anchorText}, [MS-ODRAW]
   * 2.3.21.3) is anchored as LibreOffice imports it: a placeholder like its master placeholder,
   * any other shape at the top (the property's default), where POI would borrow an anchoring from
   * some master shape; a master placeholder that states none is anchored at the top too (37625
   * slide 1: POI anchors the subtitle at the bottom, as the title master's title). Source: LibreOffice {@code SdrEscherImport::ProcessObj} ({@code
   * GetPropertyValue(DFF_Prop_anchorText, mso_anchorTop)}).
   */
  static VerticalAlignment verticalAlignment(TextShape<?, ?> shape) {
    if (shape instanceof HSLFTextShape binary
        && binary.getEscherProperty(EscherPropertyTypes.TEXT__ANCHORTEXT, -1) == -1) {
      if (!binary.isPlaceholder()) {
        return VerticalAlignment.TOP;
      }
      if (binary.getSheet() != null && binary.getSheet().getMasterSheet() != null) {
        HSLFSimpleShape master = binary.getSheet().getMasterSheet()
            .getPlaceholder(binary.getPlaceholder());
        if (master instanceof HSLFTextShape text && master != binary) {
          return text.getEscherProperty(EscherPropertyTypes.TEXT__ANCHORTEXT, -1) == -1
              ? VerticalAlignment.TOP
              : text.getVerticalAlignment();
        }
      }
    }
    return shape.getVerticalAlignment();
  }

  /** A horizontal flip mirrors the outline, never the text (POI bug 54210). */
  private static void unflip(TextShape<?, ?> shape, Rectangle2D anchor, Graphics2D graphics) {
    boolean vertical = shape.getFlipVertical();
    boolean horizontal = shape.getFlipHorizontal();
    ShapeContainer<?, ?> parent = shape.getParent();
    while (parent instanceof PlaceableShape<?, ?> placeable) {
      vertical ^= placeable.getFlipVertical();
      horizontal ^= placeable.getFlipHorizontal();
      parent = placeable.getParent();
    }
    if (horizontal ^ vertical) {
      graphics.translate(anchor.getX() + anchor.getWidth(), anchor.getY());
      graphics.scale(-1, 1);
      graphics.translate(-anchor.getX(), -anchor.getY());
    }
  }

  private static void rotate(Double degrees, Rectangle2D anchor, Graphics2D graphics) {
    if (degrees != null && degrees != 0) {
      graphics.translate(anchor.getCenterX(), anchor.getCenterY());
      graphics.rotate(Math.toRadians(degrees));
      graphics.translate(-anchor.getCenterX(), -anchor.getCenterY());
    }
  }
}
