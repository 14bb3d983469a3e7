package dev.docket.convert;

import java.awt.Graphics2D;
import java.awt.font.TextHitInfo;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import org.apache.poi.sl.draw.DrawTextFragment;

/**
 * A line of slide text that can be drawn justified or with tabs. POI measures a justified line
 * with a justified {@link TextLayout} but then draws the plain string, so the justification is
 * lost; this draws the words one by one, each shifted by the extra room given to the blanks before
 * it (LibreOffice spreads a line's free width evenly over the blanks after the line's last tab,
 * trailing blanks excluded). Lines with tabs ({@link SlideLineBreaker}) are drawn word by word too,
 * at the carets of their layout. Text stays real text. Lengths in points.
 */
final class SlideTextFragment extends DrawTextFragment {
  private double left;
  private double top;
  private double justifiedWidth;

  SlideTextFragment(TextLayout layout, AttributedString str) {
    super(layout, str);
  }

  @Override
  public void setPosition(double x, double y) {
    super.setPosition(x, y);
    left = x;
    top = y;
  }

  /** Spreads the line to this width when drawn (no effect on a line without inner blanks). */
  void justifyTo(double width) {
    justifiedWidth = width;
  }

  @Override
  public void draw(Graphics2D graphics) {
    String text = getString();
    int end = visibleEnd(text);
    int lastTab = text.lastIndexOf('\t', end - 1);
    int blanks = 0;
    for (int i = lastTab + 1; i < end; i++) {
      blanks += text.charAt(i) == ' ' ? 1 : 0;
    }
    boolean spread = justifiedWidth > 0 && blanks > 0;
    if (!spread && text.indexOf('\t') < 0) {
      super.draw(graphics);
      return;
    }
    // POI may have justified the layout already; then the carets hold the spread and extra is 0
    double extra = spread ? Math.max(0, justifiedWidth - getLayout().getVisibleAdvance()) : 0;
    drawWords(graphics, text, end, lastTab, spread ? extra / blanks : 0);
  }

  /**
   * Draws the words one by one at their carets (a tab's advance is a replacement glyph that the
   * PDF text drawer would not honour); blanks after the last tab get {@code perBlank} more.
   */
  private void drawWords(Graphics2D graphics, String text, int end, int lastTab,
      double perBlank) {
    float baseline = (float) (top + getLayout().getAscent());
    int start = 0;
    int blanksBefore = 0;
    while (start < end) {
      int stop = start;
      while (stop < end && !isSeparator(text.charAt(stop))) {
        stop++;
      }
      if (stop > start) {
        double x = left + caretX(start) + blanksBefore * perBlank;
        graphics.drawString(new AttributedString(getAttributedString().getIterator(), start, stop)
            .getIterator(), (float) x, baseline);
      }
      while (stop < end && isSeparator(text.charAt(stop))) {
        blanksBefore += stop > lastTab && text.charAt(stop) == ' ' ? 1 : 0;
        stop++;
      }
      start = stop;
    }
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t';
  }

  private double caretX(int index) {
    return getLayout().getCaretInfo(TextHitInfo.leading(index))[0];
  }

  private static int visibleEnd(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
