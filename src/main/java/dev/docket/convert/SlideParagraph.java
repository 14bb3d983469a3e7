package dev.docket.convert;

import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.font.TextHitInfo;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hslf.usermodel.HSLFTextParagraph;
import org.apache.poi.sl.draw.DrawShape;
import org.apache.poi.sl.draw.DrawTextFragment;
import org.apache.poi.sl.draw.DrawTextParagraph;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextRun;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.sl.usermodel.TextShape.TextDirection;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.util.Units;

/**
 * One paragraph of slide text, broken into lines by POI and placed as LibreOffice places them:
 * line boxes by {@link LineBox}, alignment against the text area between the paragraph's margins
 * (ignoring trailing blanks), justified lines spread over their blanks except the paragraph's
 * last, and the first line of a bulleted paragraph wrapped at the text indent, not the bullet's.
 * Created by {@link SlideDrawFactory}; stacked by {@link SlideTextBlock}. Lengths in points.
 */
final class SlideParagraph extends DrawTextParagraph {
  /** POI's implied indentation per level when a paragraph names none (ECMA-376 default). */
  private static final long LEVEL_INDENT_EMU = 347663L;
  /** Wrapping width of text that does not wrap ({@code wrap="none"}), in points. */
  private static final double UNWRAPPED = 100_000;

  private double left;
  private double top;
  private double height;

  SlideParagraph(TextParagraph<?, ?, ?> paragraph) {
    super(paragraph);
    if (paragraph instanceof HSLFTextParagraph binary) {
      PptBulletFlag.apply(binary); // here, as POI gives grouped shapes fresh paragraphs each time
    }
  }

  /** Breaks the text into lines for the current graphics (fonts, wrapping width). */
  void layOut(Graphics2D graphics, boolean first) {
    setFirstParagraph(first);
    breakText(graphics);
  }

  @Override
  public void setPosition(double x, double y) {
    super.setPosition(x, y);
    left = x;
    top = y;
  }

  /**
   * POI's text of a run, with ppt slide-number fields filled in ({@link PptFields}) and the
   * footer and date of master placeholders ({@link PptHeadersFooters}).
   */
  @Override
  protected String getRenderableText(Graphics2D graphics, TextRun run) {
    String field = PptFields.slideNumber(paragraph, run, graphics);
    if (field == null) {
      field = PptHeadersFooters.text(paragraph, run, graphics);
    }
    return field != null ? field : super.getRenderableText(graphics, run);
  }

  /** POI's bullet, or a symbol-font bullet redrawn in Unicode ({@link SymbolBullets}). */
  @Override
  protected DrawTextFragment getBullet(Graphics2D graphics,
      AttributedCharacterIterator firstLine) {
    DrawTextFragment symbol = SymbolBullets.fragment(paragraph, graphics, firstLine);
    return symbol != null ? symbol : super.getBullet(graphics, firstLine);
  }

  /** Height of the drawn lines, valid after {@link #draw}. */
  @Override
  public double getY() {
    return height;
  }

  /** True for a ppt paragraph (its spacing and indents follow the binary format's rules). */
  boolean isBinary() {
    return isHSLF();
  }

  /** Largest font size on the first line, in points (0 without lines). */
  double firstLineFontSize() {
    return lines.isEmpty() ? 0 : fontSize(lines.get(0));
  }

  @Override
  public void draw(Graphics2D graphics) {
    height = 0;
    if (lines.isEmpty()) {
      return;
    }
    Double spacing = PptMasterStyle.spacing(paragraph, paragraph.getLineSpacing(),
        "linespacing");
    double penY = top;
    for (int i = 0; i < lines.size(); i++) {
      DrawTextFragment line = lines.get(i);
      LineBox box = lineBox(line, spacing, i == lines.size() - 1);
      double baseline = penY + box.ascent();
      double penX = left + lineOffset(false);
      if (i == 0) {
        penX = firstLineStart(graphics, line, baseline);
      }
      penX += alignmentOffset(graphics, line, penX, i == lines.size() - 1);
      line.setPosition(penX, baseline - line.getLayout().getAscent());
      if (line instanceof SlideTextFragment fragment && i < lines.size() - 1 && isJustified()) {
        fragment.justifyTo(textRight(graphics) - penX);
      }
      line.draw(graphics);
      penY += box.height();
    }
    height = penY - top;
  }

  /** Table cells keep the fonts' own line height (LibreOffice 7.4), shapes get 1.2 em. */
  private LineBox lineBox(DrawTextFragment line, Double spacing, boolean last) {
    if (paragraph.getParentShape() instanceof TableCell<?, ?>) {
      return LineBox.ofFont(line.getLayout().getAscent(), line.getLayout().getDescent(), spacing,
          isHSLF());
    }
    boolean endMark = last && rawText != null && rawText.endsWith("\r");
    return LineBox.of(fontSize(line, endMark), spacing, isHSLF());
  }

  /**
   * Where the first line starts: after its bullet, or without one at the first-line indent (pptx:
   * {@code marL + indent}; ppt: the bullet offset), as LibreOffice and PowerPoint place it.
   */
  private double firstLineStart(Graphics2D graphics, DrawTextFragment line, double baseline) {
    bullet = isEmptyParagraph() ? null
        : getBullet(graphics, line.getAttributedString().getIterator());
    if (bullet == null) {
      return left + firstLineOffset(null);
    }
    double bulletX = left + (isHSLF() ? indent() : leftMargin() + indent());
    bullet.setPosition(bulletX, baseline - bullet.getLayout().getAscent());
    bullet.draw(graphics);
    return left + firstLineOffset((double) bullet.getLayout().getAdvance());
  }

  /**
   * Where the first line's text starts, from the left of the text area: pptx after the bullet
   * (POI's rule), ppt at the text offset but never inside the bullet (LibreOffice's {@code
   * ImpEditEngine::CreateLines} starts the text at the bullet area's right edge at least); without
   * a bullet at the first-line indent.
   *
   * @param bulletAdvance the bullet's width, {@code null} without a bullet
   */
  private double firstLineOffset(Double bulletAdvance) {
    if (bulletAdvance == null) {
      return lineOffset(true);
    }
    if (isHSLF()) {
      return Math.max(leftMargin(), indent() + bulletAdvance);
    }
    return Math.max(leftMargin(), leftMargin() + indent() + bulletAdvance + 1);
  }

  /** POI's lines, broken again with ICU's break rules and real tabs ({@link SlideLineBreaker}). */
  @Override
  protected void breakText(Graphics2D graphics) {
    super.breakText(graphics);
    List<DrawTextFragment> broken = SlideLineBreaker.rebreak(new SlideLineBreaker.Frame() {
      @Override
      public double wrappingWidth(boolean firstLine, Graphics2D g) {
        return getWrappingWidth(firstLine, g);
      }

      @Override
      public double lineStart(boolean firstLine, Graphics2D g) {
        return firstLine ? firstLineOffset(bulletAdvance(g)) : lineOffset(false);
      }

      @Override
      public TabStops tabStops(Graphics2D g) {
        return TabStops.of(paragraph, isHSLF(), leftMargin(), bulletAdvance(g) != null);
      }
    }, graphics, rawText, new ArrayList<>(lines), binaryScale());
    lines.clear();
    lines.addAll(broken);
  }

  /** The bullet's width for POI's first line, {@code null} without a bullet. */
  private Double bulletAdvance(Graphics2D graphics) {
    if (isEmptyParagraph()) {
      return null;
    }
    DrawTextFragment b = getBullet(graphics, lines.get(0).getAttributedString().getIterator());
    return b == null ? null : (double) b.getLayout().getAdvance();
  }

  /** A run's text as POI renders it, but with its tabs kept for {@link SlideLineBreaker}. */
  @Override
  public String getRenderableText(TextRun run) {
    String text = run.getRawText();
    if (text == null) {
      return null;
    }
    text = text.replace('\u000b', '\n');
    return switch (run.getTextCap()) {
      case ALL -> text.toUpperCase(LocaleUtil.getUserLocale());
      case SMALL -> text.toLowerCase(LocaleUtil.getUserLocale());
      default -> text;
    };
  }

  private double alignmentOffset(Graphics2D graphics, DrawTextFragment line, double penX,
      boolean last) {
    TextAlign align = paragraph.getTextAlign();
    double free = textRight(graphics) - penX - alignedWidth(line, last);
    if (align == TextAlign.CENTER) {
      return free / 2;
    }
    return align == TextAlign.RIGHT ? free : 0;
  }

  /**
   * The width a line is aligned by: without the blanks it was broken at, but a ppt paragraph's
   * last line keeps its trailing blanks, less only the closing carriage return, as LibreOffice's
   * text engine counts them (bug60345 slide 10: a centred title ending in a blank sits half a
   * blank, 3.9 pt, left of its visible centre).
   */
  private double alignedWidth(DrawTextFragment line, boolean last) {
    TextLayout layout = line.getLayout();
    if (!last || !isHSLF()) {
      return layout.getVisibleAdvance();
    }
    int end = layout.getCharacterCount() - (rawText != null && rawText.endsWith("\r") ? 1 : 0);
    if (end <= 0) {
      return layout.getVisibleAdvance();
    }
    return end >= layout.getCharacterCount() ? layout.getAdvance()
        : layout.getCaretInfo(TextHitInfo.leading(end))[0];
  }

  /** The right edge of the text area: the shape's, less its inset and the right margin. */
  private double textRight(Graphics2D graphics) {
    TextShape<?, ?> shape = paragraph.getParentShape();
    Rectangle2D anchor = DrawShape.getAnchor(graphics, shape);
    Insets2D insets = SlideTextFrame.insets(shape);
    Double rightMargin = paragraph.getRightMargin();
    return left + anchor.getWidth() - insets.left - insets.right
        - (rightMargin == null ? 0 : rightMargin);
  }

  private boolean isJustified() {
    TextAlign align = paragraph.getTextAlign();
    return align == TextAlign.JUSTIFY || align == TextAlign.JUSTIFY_LOW;
  }

  /**
   * POI's wrapping width with the shape's real insets ({@link SlideTextFrame#insets}), from where
   * the line starts ({@link #lineOffset}); where POI widens every first line by the hanging
   * indent, as if no bullet took that room, a bulleted first line starts at the text indent like
   * the others.
   */
  @Override
  protected double getWrappingWidth(boolean firstLine, Graphics2D graphics) {
    TextShape<?, ?> shape = paragraph.getParentShape();
    Rectangle2D anchor = DrawShape.getAnchor(graphics, shape);
    Insets2D insets = SlideTextFrame.insets(shape);
    Double rightMargin = paragraph.getRightMargin();
    double margins = lineOffset(firstLine) + (rightMargin == null ? 0 : rightMargin);
    TextDirection direction = shape.getTextDirection();
    boolean vertical = direction == TextDirection.VERTICAL
        || direction == TextDirection.VERTICAL_270;
    if (!shape.getWordWrap()) {
      return UNWRAPPED; // LibreOffice breaks such text only at line breaks, past the slide edge too
    }
    return (vertical ? anchor.getHeight() : anchor.getWidth()) - insets.left - insets.right
        - margins;
  }

  /**
   * Where a line without a bullet starts, from the left of the text area: at the left margin,
   * the first line at the first-line indent (pptx {@code marL + indent}; ppt the bullet offset:
   * LibreOffice's {@code PPTParagraphObj::ApplyTo} sets the first-line offset to bullet offset
   * minus text offset).
   */
  private double lineOffset(boolean firstLine) {
    if (!firstLine || paragraph.getBulletStyle() != null) {
      return leftMargin();
    }
    return isHSLF() ? indent() : leftMargin() + indent();
  }

  /** The left margin, scaled with shrunk ppt text ({@link #binaryScale}). */
  private double leftMargin() {
    Double margin = PptMasterStyle.leftMargin(paragraph);
    return binaryScale() * (margin != null ? margin : Units.toPoints(LEVEL_INDENT_EMU * level()));
  }

  /**
   * The first-line indent: stated, ppt master's, else none (ECMA-376 §21.1.2.2.7 default);
   * scaled with shrunk ppt text ({@link #binaryScale}).
   */
  private double indent() {
    Double indent = PptMasterStyle.indent(paragraph);
    return indent != null ? binaryScale() * indent : 0;
  }

  /**
   * The shrink-on-overflow scale of ppt text ({@link BinaryAutofit}), 1 otherwise: it applies to
   * the font sizes and, as LibreOffice's global character stretching scales every horizontal
   * paragraph length ({@code ImpEditEngine::GetXValue}), to the indents (37625 slide 3: text at
   * 83 % has its 27 pt text offset at 22.3 pt).
   */
  private double binaryScale() {
    return isHSLF() ? TextAutofit.scale(paragraph.getParentShape()) : 1;
  }

  private int level() {
    return Math.max(paragraph.getIndentLevel(), 0);
  }

  /** The largest font size on a line, in points. */
  static double fontSize(DrawTextFragment line) {
    return fontSize(line, false);
  }

  /**
   * The largest font size on a line, in points.
   *
   * @param endMark whether the line's last character is a ppt paragraph's closing carriage
   *     return: LibreOffice's importer takes it out of the text (a paragraph end is no character
   *     in its text engine), so its size does not count unless the line has nothing else
   *     (bug58718 slide 11: a 28 pt end mark made 24 pt lines 28 pt high)
   */
  private static double fontSize(DrawTextFragment line, boolean endMark) {
    AttributedCharacterIterator it = line.getAttributedString().getIterator();
    int end = it.getEndIndex();
    if (endMark && end - it.getBeginIndex() > 1) {
      end--;
    }
    double max = 0;
    for (char c = it.first(); c != CharacterIterator.DONE && it.getIndex() < end;
        c = it.setIndex(it.getRunLimit(TextAttribute.SIZE))) {
      if (it.getAttribute(TextAttribute.SIZE) instanceof Number size) {
        max = Math.max(max, size.doubleValue());
      }
    }
    return max > 0 ? max : line.getLayout().getAscent() + line.getLayout().getDescent();
  }
}
