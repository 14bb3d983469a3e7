package dev.docket.convert;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.apache.poi.sl.draw.DrawFactory;
import org.apache.poi.sl.draw.DrawTextParagraph;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextParagraph.BulletStyle;
import org.apache.poi.sl.usermodel.TextRun;
import org.apache.poi.sl.usermodel.TextShape;

/**
 * Stacks the paragraphs of a text shape as LibreOffice does for PowerPoint documents: no space
 * before the first paragraph, and between two paragraphs the space after the first plus the space
 * before the second. Spacing given in points is scaled with the text when autofit shrinks it
 * ({@link TextAutofit}), and so is a ppt percentage; a percentage is of a font size:
 *
 * <ul>
 *   <li>pptx ({@code a:spcBef/a:spcPct}, ECMA-376 §21.1.2.2.10): of the paragraph's largest
 *       run size (oox {@code TextSpacing::toMargin});
 *   <li>ppt (TextPFException {@code spaceBefore} &gt; 0): of the size of the paragraph's last
 *       run, in eighths (LibreOffice {@code PPTParagraphObj::ApplyTo}: size × percent / 80).
 * </ul>
 *
 * Lengths in points. Used by the text drawables of {@link SlideDrawFactory}.
 */
final class SlideTextBlock {
  private SlideTextBlock() {}

  /**
   * Draws (or, on a scratch graphics, measures) the paragraphs from (x, y) down.
   *
   * @return the height of the text
   */
  static double draw(TextShape<?, ?> shape, Graphics2D graphics, double x, double y) {
    return stack(shape, graphics, x, y, false);
  }

  /**
   * The height shrink-on-overflow measures: down to the last paragraph with text, trailing empty
   * paragraphs left out (LibreOffice's {@code EditEngine::GetTextHeightNTP}, "no trailing
   * paragraphs"), laid out on a scratch graphics like the given one.
   */
  static double fittedHeight(TextShape<?, ?> shape, Graphics2D like) {
    Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    try {
      scratch.addRenderingHints(like.getRenderingHints());
      scratch.setTransform(like.getTransform());
      return stack(shape, scratch, 0, 0, true);
    } finally {
      scratch.dispose();
    }
  }

  private static double stack(TextShape<?, ?> shape, Graphics2D graphics, double x, double y,
      boolean toLastText) {
    DrawFactory factory = DrawFactory.getInstance(graphics);
    double scale = TextAutofit.scale(shape);
    List<? extends TextParagraph<?, ?, ?>> paragraphs = shape.getTextParagraphs();
    double penY = y;
    double lastText = y;
    int number = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      TextParagraph<?, ?, ?> p = paragraphs.get(i);
      DrawTextParagraph drawable = factory.getDrawable(p);
      if (!(drawable instanceof SlideParagraph paragraph)) {
        throw new IllegalStateException("SlideDrawFactory draws paragraphs as SlideParagraph");
      }
      number = nextNumber(p, number);
      paragraph.setAutoNumberingIdx(number);
      paragraph.layOut(graphics, i == 0);
      if (i > 0) {
        Double before = PptMasterStyle.spacing(p, p.getSpaceBefore(), "spacebefore");
        penY += space(before, p, paragraph, scale);
      }
      paragraph.setPosition(x, penY);
      paragraph.draw(graphics);
      penY += paragraph.getY();
      if (!paragraph.isEmptyParagraph()) {
        lastText = penY;
      }
      if (i < paragraphs.size() - 1) {
        Double after = PptMasterStyle.spacing(p, p.getSpaceAfter(), "spaceafter");
        penY += space(after, p, paragraph, scale);
      }
    }
    return (toLastText ? lastText : penY) - y;
  }

  /** POI's auto-numbering: counts on within a numbered list, restarts after anything else. */
  private static int nextNumber(TextParagraph<?, ?, ?> p, int previous) {
    BulletStyle bullet = p.getBulletStyle();
    if (bullet == null || bullet.getAutoNumberingScheme() == null) {
      return -1;
    }
    Integer startAt = bullet.getAutoNumberingStartAt();
    int start = startAt == null ? 1 : startAt;
    return Math.max(previous + 1, start);
  }

  /** A space before or after: POI gives a percentage when positive, minus points when negative. */
  private static double space(Double value, TextParagraph<?, ?, ?> p, SlideParagraph drawn,
      double scale) {
    if (value == null || value == 0) {
      return 0;
    }
    if (value < 0) {
      return -value * scale;
    }
    if (drawn.isBinary()) {
      return lastRunSize(p, drawn, scale) * value / 80;
    }
    return largestRunSize(p, drawn) * value / 100;
  }

  private static double largestRunSize(TextParagraph<?, ?, ?> p, SlideParagraph drawn) {
    double max = 0;
    for (TextRun run : p.getTextRuns()) {
      Double size = run.getFontSize();
      if (size != null && run.getRawText() != null && !run.getRawText().isEmpty()) {
        max = Math.max(max, size);
      }
    }
    return max > 0 ? max : drawn.firstLineFontSize();
  }

  /**
   * The size of the last run with text, scaled as shrunk (ppt runs keep their unshrunk size), in
   * points. A run holding only the paragraph's closing carriage return does not count unless it
   * is the only one: LibreOffice's importer takes the mark out of the text (bug58718 slide 11:
   * 24 pt text closed by a 28 pt mark is spaced by 24 pt).
   */
  private static double lastRunSize(TextParagraph<?, ?, ?> p, SlideParagraph drawn,
      double scale) {
    List<? extends TextRun> runs = p.getTextRuns();
    int last = runs.size() - 1;
    while (last > 0 && isEndMark(runs.get(last).getRawText())) {
      last--;
    }
    Double size = last < 0 ? null : runs.get(last).getFontSize();
    return size != null ? size * scale : drawn.firstLineFontSize();
  }

  private static boolean isEndMark(String text) {
    return text == null || text.isEmpty() || text.equals("\r");
  }
}
