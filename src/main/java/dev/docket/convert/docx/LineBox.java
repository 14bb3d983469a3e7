package dev.docket.convert.docx;

import java.util.List;

/**
 * One line of a paragraph on a page, with the paragraph's shading and borders around it
 * (ECMA-376 Part 1 §17.3.1.24 pBdr, §17.3.1.31 shd). In a right-to-left paragraph (§17.3.1.6 bidi)
 * the line is mirrored inside the column: its start is at the right.
 */
final class LineBox extends Box {
  final Line line;
  private final ParaStyle style;
  private final float columnWidth;
  private final boolean first;
  private final boolean last;
  private final List<Floating> floats;
  /** The paragraph's top border drawn above this line, or null. */
  private final Border top;
  /** The paragraph's bottom border drawn below this line, or null. */
  private final Border bottom;
  /** Room the top border and its distance take above the text, points. */
  private final float aboveText;
  /**
   * Automatic space before the paragraph (§17.3.1.33 beforeAutospacing) that the paragraph before
   * already gives, so no space box holds it: a table row split just before this first line gives
   * it back at the top of the row's part on the next page, as LibreOffice does; points.
   */
  float spaceAfterSplit;

  /**
   * @param top the top border to draw above the line (the paragraph's first line, unless the
   *     paragraph above shares its borders), or null
   * @param bottom the bottom border to draw below the line (the last line, unless the paragraph
   *     below shares its borders), or null
   */
  LineBox(Line line, ParaStyle style, float columnWidth, boolean first, boolean last, List<Floating> floats,
      Border top, Border bottom) {
    this.line = line;
    this.style = style;
    this.columnWidth = columnWidth;
    this.first = first;
    this.last = last;
    this.floats = floats;
    this.top = top;
    this.bottom = bottom;
    this.aboveText = room(top);
    this.height = line.height + aboveText + room(bottom);
  }

  /**
   * Height a top or bottom border takes beside the text: its width and its distance, as LibreOffice
   * adds a paragraph's border lines and spacing to its height (ECMA-376 Part 1 §17.3.1.24).
   */
  private static float room(Border b) {
    return b == null ? 0 : b.width() + b.space();
  }

  /**
   * Takes the {@link Line#cellGap} out of the first line of a paragraph spaced proportionally
   * above single (§17.3.1.33 {@code lineRule="auto"}, {@code line} above 240) in a table cell
   * without a top border of its own, moving its text up by as much: LibreOffice's rows measure
   * that much shorter (bug65649.docx page 90, Times 12 at 1.15 in cells with only bottom borders:
   * 0.5 pt per row; a rule found by measuring LibreOffice's PDF, not taken from its source). Other
   * lines and other cells keep the gap: applying it to every cell, or at single spacing, or with
   * the whole {@code hhea} line gap (Carlito's 0.22 em), made other files of the corpus worse.
   */
  void dropCellGap() {
    if (first && style.lineRule == ParaStyle.LineRule.AUTO && style.line > 1 && line.cellGap > 0) {
      height -= line.cellGap;
      line.baseline -= line.cellGap;
    }
  }

  /** Distance of a change bar left of the column, points. */
  private static final float CHANGE_BAR = 8;

  @Override
  void draw(Canvas canvas, float x, float y) {
    decorate(canvas, x, y);
    for (Frag frag : line.frags) {
      if (frag.span.style.tracked) {
        canvas.line(x - CHANGE_BAR, y, x - CHANGE_BAR, y + height, 0.5f, 0, "single");
        break;
      }
    }
    for (Frag frag : line.frags) {
      float fx = line.start + line.offset + frag.x;
      if (style.bidi) {
        fx = columnWidth - fx - frag.width;
      }
      FragPainter.paint(canvas, frag, x + fx, y + aboveText, line);
    }
  }

  private void decorate(Canvas canvas, float x, float y) {
    float left = x + (style.bidi ? style.indRight : style.indLeft) + Math.min(0, style.bidi ? 0 : style.indFirst);
    float right = x + columnWidth - (style.bidi ? style.indLeft : style.indRight);
    if (style.shading >= 0 && style.shading != 0xFFFFFF) {
      canvas.fill(left - pad(style.left), y, right - left + pad(style.left) + pad(style.right), height, style.shading);
    }
    Border l = style.left;
    Border r = style.right;
    if (l != null) {
      float bx = left - l.space() - l.width() / 2;
      canvas.line(bx, y, bx, y + height, l.width(), l.color(), l.style());
    }
    if (r != null) {
      float bx = right + r.space() + r.width() / 2;
      canvas.line(bx, y, bx, y + height, r.width(), r.color(), r.style());
    }
    float x1 = left - pad(l);
    float x2 = right + pad(r);
    if (top != null) {
      for (float[] rule : top.lines()) {
        canvas.line(x1, y + rule[0], x2, y + rule[0], rule[1], top.color(), top.lineStyle());
      }
    }
    if (bottom != null) {
      for (float[] rule : bottom.lines()) {
        float by = y + height - rule[0];
        canvas.line(x1, by, x2, by, rule[1], bottom.color(), bottom.lineStyle());
      }
    }
  }

  private static float pad(Border b) {
    return b == null ? 0 : b.space() + b.width();
  }

  @Override
  List<Footnote> notes() {
    return line.notes();
  }

  @Override
  List<Floating> floats() {
    return floats;
  }
}
