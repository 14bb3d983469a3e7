package dev.docket.convert;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GraphicAttribute;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.ShapeGraphicAttribute;
import java.awt.font.TextAttribute;
import java.awt.font.TextHitInfo;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.text.AttributedCharacterIterator;
import java.text.AttributedCharacterIterator.Attribute;
import java.text.AttributedString;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.draw.DrawFactory;
import org.apache.poi.sl.draw.DrawTextFragment;

/**
 * Breaks a paragraph into lines as LibreOffice does, where POI's {@code breakText} differs: break
 * opportunities by ICU ({@link IcuLineBreaks}); tabs that advance to the paragraph's tab stops
 * ({@link TabStops}), where POI puts a few blanks; and a line break ending the paragraph makes an
 * empty line of its own (POI drops it). POI's lines are taken apart to get its character
 * attributes (fonts, fallback fonts, colours, links), then the text is broken again like POI
 * does it otherwise. A tab is a character drawn as nothing ({@link TextAttribute#CHAR_REPLACEMENT})
 * as wide as its advance; the advances depend on where the lines break, so the breaking is
 * repeated until they settle (at most {@value #MAX_PASSES} times). Text that autofit shrinks
 * without scaling its runs (ppt, {@link BinaryAutofit}) gets its font sizes scaled here.
 */
final class SlideLineBreaker {
  private static final int MAX_PASSES = 4;

  /** What a paragraph tells the breaker about its geometry, in points. */
  interface Frame {
    /** The width available to a line. */
    double wrappingWidth(boolean firstLine, Graphics2D graphics);

    /** Where a line's text starts, from the left edge of the text area. */
    double lineStart(boolean firstLine, Graphics2D graphics);

    TabStops tabStops(Graphics2D graphics);
  }

  private record Broken(List<DrawTextFragment> lines, int[] starts) {}

  private SlideLineBreaker() {}

  /**
   * @param text POI's text of the paragraph, line breaks as {@code \n}, tabs kept
   * @param poiLines POI's lines of that text
   * @param fontScale factor for every font size of POI's lines (1 to keep them)
   * @return the new lines, or POI's when its lines do not add up to the text
   */
  static List<DrawTextFragment> rebreak(Frame frame, Graphics2D graphics, String text,
      List<DrawTextFragment> poiLines, double fontScale) {
    if (poiLines.size() <= 1 && text.indexOf('\t') < 0 && !text.endsWith("\n")
        && fontScale == 1) {
      return poiLines; // one line that fits: any break rules agree, nothing to redo
    }
    AttributedString styled = styled(text, poiLines, fontScale);
    if (styled == null) {
      return poiLines;
    }
    int tabCount = (int) text.chars().filter(c -> c == '\t').count();
    float[] widths = new float[tabCount];
    Broken broken = breakLines(frame, graphics, text, styled, widths);
    TabStops stops = tabCount == 0 ? null : frame.tabStops(graphics);
    for (int pass = 1; pass < MAX_PASSES && stops != null; pass++) {
      float[] next = tabWidths(frame, graphics, text, broken, stops, widths);
      if (Arrays.equals(next, widths)) {
        break;
      }
      widths = next;
      broken = breakLines(frame, graphics, text, styled, widths);
    }
    List<DrawTextFragment> lines = broken.lines();
    if (text.endsWith("\n")) {
      lines.add(emptyLine(graphics, styled, text.length() - 1));
    }
    return lines;
  }

  /**
   * The text with POI's attributes, taken from its lines, font sizes scaled, or null when they do
   * not fit it.
   */
  private static AttributedString styled(String text, List<DrawTextFragment> lines,
      double fontScale) {
    AttributedString styled = new AttributedString(text);
    int pos = 0;
    for (int i = 0; i < lines.size(); i++) {
      AttributedCharacterIterator it = lines.get(i).getAttributedString().getIterator();
      int length = it.getEndIndex() - it.getBeginIndex();
      if (length <= 0 || pos + length > text.length()) {
        return null;
      }
      copy(it, styled, pos - it.getBeginIndex(), fontScale);
      boolean leadingBreak = i == 0 && text.startsWith("\n");
      pos += length;
      if (!leadingBreak && pos < text.length() && text.charAt(pos) == '\n') {
        it.setIndex(it.getEndIndex() - 1);
        styled.addAttributes(scaled(it.getAttributes(), fontScale), pos, pos + 1);
        pos++;
      }
    }
    return pos == text.length() ? styled : null;
  }

  private static void copy(AttributedCharacterIterator from, AttributedString to, int shift) {
    copy(from, to, shift, 1);
  }

  private static void copy(AttributedCharacterIterator from, AttributedString to, int shift,
      double fontScale) {
    for (char c = from.first(); c != CharacterIterator.DONE; c = from.setIndex(from.getRunLimit())) {
      if (!from.getAttributes().isEmpty()) {
        to.addAttributes(scaled(from.getAttributes(), fontScale), from.getIndex() + shift,
            from.getRunLimit() + shift);
      }
    }
  }

  /** Character attributes with the font size ({@code SIZE}, and a {@code FONT}'s) scaled. */
  private static Map<? extends Attribute, ?> scaled(Map<Attribute, Object> attributes,
      double fontScale) {
    if (fontScale == 1) {
      return attributes;
    }
    Map<Attribute, Object> scaled = new HashMap<>(attributes);
    if (attributes.get(TextAttribute.SIZE) instanceof Number size) {
      scaled.put(TextAttribute.SIZE, (float) (size.doubleValue() * fontScale));
    }
    if (attributes.get(TextAttribute.FONT) instanceof Font font) {
      scaled.put(TextAttribute.FONT, font.deriveFont((float) (font.getSize2D() * fontScale)));
    }
    return scaled;
  }

  private static Broken breakLines(Frame frame, Graphics2D graphics, String text,
      AttributedString styled, float[] tabWidths) {
    AttributedString measured = new AttributedString(styled.getIterator());
    AttributedString drawn = new AttributedString(text.replace('\n', ' ').replace('\r', ' '));
    copy(styled.getIterator(), drawn, 0);
    int tab = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\t') {
        GraphicAttribute blank = new ShapeGraphicAttribute(
            new Rectangle2D.Float(0, 0, tabWidths[tab++], 0), GraphicAttribute.ROMAN_BASELINE,
            ShapeGraphicAttribute.FILL);
        measured.addAttribute(TextAttribute.CHAR_REPLACEMENT, blank, i, i + 1);
        drawn.addAttribute(TextAttribute.CHAR_REPLACEMENT, blank, i, i + 1);
      }
    }
    FontRenderContext frc = graphics.getFontRenderContext();
    AttributedCharacterIterator it = measured.getIterator();
    LineBreakMeasurer measurer = new LineBreakMeasurer(it, new IcuLineBreaks(), frc);
    DrawFactory factory = DrawFactory.getInstance(graphics);
    List<DrawTextFragment> lines = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int end = it.getEndIndex();
    while (true) {
      int start = measurer.getPosition();
      float width = (float) Math.max(frame.wrappingWidth(lines.isEmpty(), graphics) + 1, 1);
      TextLayout layout;
      int stop;
      if (start == 0 && text.startsWith("\n")) {
        layout = measurer.nextLayout(width, 1, false);
        stop = 1;
      } else {
        int nextBreak = text.indexOf('\n', start + 1);
        nextBreak = nextBreak < 0 ? end : nextBreak;
        layout = measurer.nextLayout(width, nextBreak, true);
        if (layout == null) {
          layout = measurer.nextLayout(width, nextBreak, false);
        }
        if (layout == null) {
          break;
        }
        stop = measurer.getPosition();
        if (stop < end && text.charAt(stop) == '\n') {
          measurer.setPosition(stop + 1);
        }
      }
      lines.add(factory.getTextFragment(layout,
          new AttributedString(drawn.getIterator(), start, stop)));
      starts.add(start);
      if (stop == end) {
        break;
      }
    }
    return new Broken(lines, starts.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Each tab's advance for the lines as broken, tabs taken in order along each line. */
  private static float[] tabWidths(Frame frame, Graphics2D graphics, String text, Broken broken,
      TabStops stops, float[] current) {
    float[] widths = current.clone();
    int tab = 0;
    for (int i = 0; i < broken.lines().size(); i++) {
      TextLayout layout = broken.lines().get(i).getLayout();
      int start = broken.starts()[i];
      int count = layout.getCharacterCount();
      double x0 = frame.lineStart(i == 0, graphics);
      double shift = 0;
      for (int k = 0; k < count; k++) {
        if (text.charAt(start + k) != '\t') {
          continue;
        }
        int segmentEnd = k + 1;
        while (segmentEnd < count && text.charAt(start + segmentEnd) != '\t') {
          segmentEnd++;
        }
        int visibleEnd = segmentEnd;
        while (visibleEnd > k + 1 && Character.isWhitespace(text.charAt(start + visibleEnd - 1))) {
          visibleEnd--;
        }
        int decimal = k + 1;
        while (decimal < visibleEnd && ".,".indexOf(text.charAt(start + decimal)) < 0) {
          decimal++;
        }
        double after = caret(layout, k + 1);
        double width = stops.advance(x0 + caret(layout, k) + shift,
            caret(layout, visibleEnd) - after, caret(layout, decimal) - after);
        shift += width - current[tab];
        widths[tab++] = (float) width;
      }
    }
    return widths;
  }

  private static double caret(TextLayout layout, int index) {
    return index >= layout.getCharacterCount() ? layout.getAdvance()
        : layout.getCaretInfo(TextHitInfo.leading(index))[0];
  }

  /** The empty line after a final line break, as high as the break's font. */
  private static DrawTextFragment emptyLine(Graphics2D graphics, AttributedString styled,
      int index) {
    AttributedCharacterIterator it = styled.getIterator();
    it.setIndex(index);
    AttributedString blank = new AttributedString(" ", it.getAttributes());
    TextLayout layout = new TextLayout(blank.getIterator(), graphics.getFontRenderContext());
    return DrawFactory.getInstance(graphics).getTextFragment(layout, blank);
  }
}
