package dev.docket.convert.xlsx;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Paints one cell's text inside its rectangle (y-down points): alignment (General: numbers
 * right, text left, logical values centred), indent, wrapping, rotation, shrink-to-fit, repeated
 * fill, underline and strike-through. Numbers too wide for the cell show their General value with
 * fewer decimals, else "###"; text may spill over the empty neighbours the caller allows.
 */
final class CellPainter {
  /** Space between the cell edge and its text, points. */
  static final float PAD = 1f;
  private static final float INDENT = 9f;

  private final Painter painter;
  private final SheetCells cells;

  CellPainter(Painter painter, SheetCells cells) {
    this.painter = painter;
    this.cells = cells;
  }

  /**
   * @param spillLeft leftmost x unwrapped text may reach (the cell's x when it may not spill)
   * @param spillRight rightmost x unwrapped text may reach
   */
  void text(XSSFCell cell, CellLook look, float x, float y, float w, float h, float spillLeft,
      float spillRight) throws IOException {
    CellTexts.Kind kind = cells.texts().kind(cell);
    String text = cells.texts().text(cell);
    if (kind == CellTexts.Kind.EMPTY || text.isEmpty()) {
      return;
    }
    PdfFonts fonts = cells.fonts();
    PdfFace face = cells.face(look);
    float size = look.size();
    HorizontalAlignment align = alignment(look.horizontal(), kind);
    float indent = look.indent() * INDENT;
    float avail = Math.max(1, w - 2 * PAD - indent);
    boolean wrap = (look.wrap() || align == HorizontalAlignment.JUSTIFY
        || align == HorizontalAlignment.DISTRIBUTED) && look.rotation() == 0;
    if (kind == CellTexts.Kind.NUMBER && look.rotation() == 0
        && accounting(cell, look, text, face, x, y, w, h)) {
      return;
    }
    if (kind == CellTexts.Kind.NUMBER && !wrap) {
      text = fitNumber(cell, look, text, avail);
    } else if (look.shrink() && !wrap) {
      float tw = cells.width(text, look);
      size = tw > avail ? Math.max(1, size * avail / tw) : size;
    }
    if (look.rotation() != 0) {
      rotated(text, look, face, x, y, w, h);
      return;
    }
    if (kind == CellTexts.Kind.TEXT && align != HorizontalAlignment.FILL && !look.shrink()) {
      List<RichText.Span> spans = RichText.spans(cell, look, cells.styles());
      if (spans != null) {
        new RichTextPainter(painter, cells.fonts()).paint(spans, look, align, wrap,
            new float[] {x, y, w, h}, indent, spillRight);
        return;
      }
    }
    TextLines.Measure measure = s -> width(s, face, look, look.size());
    List<String> lines = align == HorizontalAlignment.FILL ? List.of(repeat(text, avail, measure))
        : TextLines.lines(text, wrap, avail, measure);
    float scale = size / look.size();
    float lineHeight = (face.ascent() + face.descent()) * size;
    float total = lines.size() * lineHeight;
    float top = switch (look.vertical()) {
      case TOP, JUSTIFY, DISTRIBUTED -> y + 1;
      case CENTER -> y + (h - total) / 2;
      default -> y + h - 1 - total;
    };
    boolean clip = wrap || total > h || overflowsSpill(lines, measure, scale, x, w, spillLeft,
        spillRight, align, indent);
    if (clip) {
      painter.clip(wrap ? x : spillLeft, y, wrap ? w : spillRight - spillLeft, h);
    }
    for (String line : lines) {
      float lw = measure.width(line) * scale;
      float lx = switch (align) {
        case RIGHT -> x + w - PAD - indent - lw;
        case CENTER, CENTER_SELECTION -> x + (w - lw) / 2;
        default -> x + PAD + indent;
      };
      float baseline = top + face.ascent() * size;
      painter.text(fonts.runs(line, face, look.bold(), look.italic()), lx, baseline, size,
          look.textRgb());
      Decorations.draw(painter, look.underline(), look.strike(), look.textRgb(), lx, baseline, lw,
          size);
      top += lineHeight;
    }
    if (clip) {
      painter.unclip();
    }
  }

  private static boolean overflowsSpill(List<String> lines, TextLines.Measure measure,
      float scale, float x, float w, float spillLeft, float spillRight, HorizontalAlignment align,
      float indent) {
    for (String line : lines) {
      float lw = measure.width(line) * scale;
      float lx = align == HorizontalAlignment.RIGHT ? x + w - PAD - indent - lw
          : align == HorizontalAlignment.CENTER ? x + (w - lw) / 2 : x + PAD + indent;
      if (lx < spillLeft || lx + lw > spillRight) {
        return true;
      }
    }
    return false;
  }

  private float width(String s, PdfFace face, CellLook look, float size) {
    try {
      return cells.fonts().width(s, face, look.bold(), look.italic(), size);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String fitNumber(XSSFCell cell, CellLook look, String text, float avail) {
    if (cells.width(text, look) <= avail) {
      return text;
    }
    if (CellTexts.isGeneral(cell)) {
      try {
        String fitted = CellTexts.fitGeneral(cell.getNumericCellValue(), text,
            s -> cells.width(s, look) <= avail);
        if (fitted != null) {
          return fitted;
        }
      } catch (RuntimeException e) {
        // a cached value that is not a number after all: fall through to ###
      }
    }
    float hash = Math.max(0.1f, cells.width("#", look));
    return "#".repeat(Math.max(1, (int) (avail / hash)));
  }

  private static String repeat(String text, float avail, TextLines.Measure measure) {
    float tw = Math.max(0.1f, measure.width(text));
    return text.repeat(Math.max(1, (int) (avail / tw)));
  }

  private static HorizontalAlignment alignment(HorizontalAlignment align, CellTexts.Kind kind) {
    if (align != HorizontalAlignment.GENERAL) {
      return align == HorizontalAlignment.DISTRIBUTED ? HorizontalAlignment.CENTER : align;
    }
    return kind == CellTexts.Kind.NUMBER ? HorizontalAlignment.RIGHT
        : kind == CellTexts.Kind.LOGICAL ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT;
  }

  /** An accounting number: sign at the left edge, number at the right; false if it cannot. */
  private boolean accounting(XSSFCell cell, CellLook look, String text, PdfFace face, float x,
      float y, float w, float h) throws IOException {
    Accounting.Parts parts = Accounting.split(cell.getCellStyle().getDataFormatString(), text);
    if (parts == null) {
      return false;
    }
    float pad = parts.padRight() ? cells.width(")", look) : 0;
    float left = cells.width(parts.left(), look);
    float right = cells.width(parts.right(), look);
    if (left + right + pad > w - 2 * PAD) {
      return false;
    }
    float size = look.size();
    float lineHeight = (face.ascent() + face.descent()) * size;
    float top = switch (look.vertical()) {
      case TOP, JUSTIFY, DISTRIBUTED -> y + 1;
      case CENTER -> y + (h - lineHeight) / 2;
      default -> y + h - 1 - lineHeight;
    };
    float baseline = top + face.ascent() * size;
    PdfFonts fonts = cells.fonts();
    painter.text(fonts.runs(parts.left(), face, look.bold(), look.italic()), x + PAD, baseline,
        size, look.textRgb());
    painter.text(fonts.runs(parts.right(), face, look.bold(), look.italic()),
        x + w - PAD - pad - right, baseline, size, look.textRgb());
    return true;
  }

  /** Rotated text, centred in the cell on both axes. */
  private void rotated(String text, CellLook look, PdfFace face, float x, float y, float w,
      float h) throws IOException {
    float size = look.size();
    String line = text.replace('\n', ' ');
    float tw = cells.width(line, look);
    double a = Math.toRadians(look.rotation());
    float dirX = (float) Math.cos(a);
    float dirY = (float) -Math.sin(a);
    float upX = (float) -Math.sin(a);
    float upY = (float) -Math.cos(a);
    float mid = (face.ascent() - face.descent()) * size / 2;
    float cx = x + w / 2;
    float cy = look.vertical() == VerticalAlignment.TOP ? y + Math.abs(dirY) * tw / 2 + 2
        : look.vertical() == VerticalAlignment.CENTER ? y + h / 2
        : y + h - Math.abs(dirY) * tw / 2 - 2;
    float px = cx - dirX * tw / 2 - upX * mid;
    float py = cy - dirY * tw / 2 - upY * mid;
    painter.clip(x, y, w, h);
    painter.rotatedText(cells.fonts().runs(line, face, look.bold(), look.italic()), px, py, size,
        look.textRgb(), look.rotation());
    painter.unclip();
  }
}
