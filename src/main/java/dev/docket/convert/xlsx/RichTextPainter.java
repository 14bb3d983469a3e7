package dev.docket.convert.xlsx;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;

/**
 * Paints a rich-text cell: each run in its own font, wrapped across runs ({@link RichLines}),
 * every line as tall as its tallest run, aligned like plain text.
 */
final class RichTextPainter {
  private final Painter painter;
  private final PdfFonts fonts;

  RichTextPainter(Painter painter, PdfFonts fonts) {
    this.painter = painter;
    this.fonts = fonts;
  }

  /** Rich text: each run in its own font, lines as tall as their tallest run. */
  void paint(List<RichText.Span> spans, CellLook look, HorizontalAlignment align,
      boolean wrap, float[] box, float indent, float spillRight) throws IOException {
    float x = box[0];
    float y = box[1];
    float w = box[2];
    float h = box[3];
    List<RichLines.Line> lines = RichLines.layout(spans, wrap, Math.max(1, w - 2 * CellPainter.PAD - indent),
        metrics());
    float total = 0;
    float widest = 0;
    for (RichLines.Line line : lines) {
      total += line.ascent() + line.descent();
      widest = Math.max(widest, line.width());
    }
    float top = switch (look.vertical()) {
      case TOP, JUSTIFY, DISTRIBUTED -> y + 1;
      case CENTER -> y + (h - total) / 2;
      default -> y + h - 1 - total;
    };
    boolean clip = wrap || total > h || x + CellPainter.PAD + indent + widest > spillRight;
    if (clip) {
      painter.clip(x, y, wrap ? w : spillRight - x, h);
    }
    for (RichLines.Line line : lines) {
      float lx = switch (align) {
        case RIGHT -> x + w - CellPainter.PAD - indent - line.width();
        case CENTER, CENTER_SELECTION -> x + (w - line.width()) / 2;
        default -> x + CellPainter.PAD + indent;
      };
      float baseline = top + line.ascent();
      for (RichLines.Piece piece : line.pieces()) {
        RichText.Span span = piece.span();
        PdfFace face = fonts.face(span.typeface(), span.bold(), span.italic());
        painter.text(fonts.runs(piece.text(), face, span.bold(), span.italic()), lx,
            baseline, span.size(), span.rgb());
        Decorations.draw(painter, span.underline(), span.strike(), span.rgb(), lx, baseline,
            piece.width(), span.size());
        lx += piece.width();
      }
      top += line.ascent() + line.descent();
    }
    if (clip) {
      painter.unclip();
    }
  }

  private RichLines.Metrics metrics() {
    return new RichLines.Metrics() {
      @Override
      public float width(RichText.Span span, String text) {
        try {
          PdfFace face = fonts.face(span.typeface(), span.bold(), span.italic());
          return fonts.width(text, face, span.bold(), span.italic(), span.size());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }

      @Override
      public float ascent(RichText.Span span) {
        return face(span).ascent() * span.size();
      }

      @Override
      public float descent(RichText.Span span) {
        return face(span).descent() * span.size();
      }

      private PdfFace face(RichText.Span span) {
        try {
          return fonts.face(span.typeface(), span.bold(), span.italic());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
  }
}
