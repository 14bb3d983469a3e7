package dev.docket.convert;

import java.awt.Graphics2D;
import java.awt.font.TextHitInfo;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import org.apache.poi.sl.draw.DrawTextFragment;

/**
 * A line of slide text that can be drawn justified. POI measures a justified line with a
 * justified {@link TextLayout} but then draws the plain string, so the justification is lost; this
 * draws the words one by one, each shifted by the extra room given to the blanks before it
 * (LibreOffice spreads a line's free width evenly over its blanks, trailing blanks excluded).
 * Text stays real text. Lengths in points.
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
    int blanks = 0;
    for (int i = 0; i < end; i++) {
      blanks += text.charAt(i) == ' ' ? 1 : 0;
    }
    if (justifiedWidth <= 0 || blanks == 0) {
      super.draw(graphics);
      return;
    }
    // POI may have justified the layout already; then the carets hold the spread and extra is 0
    double extra = Math.max(0, justifiedWidth - getLayout().getVisibleAdvance());
    drawWords(graphics, text, end, extra / blanks);
  }

  private void drawWords(Graphics2D graphics, String text, int end, double perBlank) {
    float baseline = (float) (top + getLayout().getAscent());
    int start = 0;
    int blanksBefore = 0;
    while (start < end) {
      int stop = start;
      while (stop < end && text.charAt(stop) != ' ') {
        stop++;
      }
      if (stop > start) {
        double x = left + caretX(start) + blanksBefore * perBlank;
        graphics.drawString(new AttributedString(getAttributedString().getIterator(), start, stop)
            .getIterator(), (float) x, baseline);
      }
      while (stop < end && text.charAt(stop) == ' ') {
        stop++;
        blanksBefore++;
      }
      start = stop;
    }
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
