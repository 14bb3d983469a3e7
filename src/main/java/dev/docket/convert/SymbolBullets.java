package dev.docket.convert;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.sl.draw.DrawFactory;
import org.apache.poi.sl.draw.DrawTextFragment;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextParagraph.BulletStyle;

/**
 * A bullet set in a symbol font (Wingdings, Symbol, ...) drawn as the same picture in Unicode
 * ({@link SymbolChars}) in {@link Fonts#SANS}, at the bullet's size ({@code buSzPct}, percent of
 * the first run's size, or points when negative) and colour (else the first run's). {@link
 * TypefaceMapper} does this in the model already, but a ppt shape inside a group gets fresh
 * paragraphs from POI at every call, so for those it has to happen while drawing.
 */
final class SymbolBullets {
  private SymbolBullets() {}

  /** @return the bullet's line fragment, or {@code null} when it is no symbol-font character */
  static DrawTextFragment fragment(TextParagraph<?, ?, ?> paragraph, Graphics2D graphics,
      AttributedCharacterIterator firstLine) {
    BulletStyle style = paragraph.getBulletStyle();
    if (style == null || style.getAutoNumberingScheme() != null
        || style.getBulletCharacter() == null) {
      return null;
    }
    Optional<String> unicode = SymbolChars.toUnicode(style.getBulletFont(),
        style.getBulletCharacter());
    if (unicode.isEmpty() || !(firstLine.getAttribute(TextAttribute.SIZE) instanceof Float size)) {
      return null;
    }
    Double percent = style.getBulletFontSize();
    float bulletSize = percent == null ? size
        : percent > 0 ? size * percent.floatValue() / 100 : (float) -percent;
    DrawFactory factory = DrawFactory.getInstance(graphics);
    Map<TextAttribute, Object> att = new HashMap<>();
    att.put(TextAttribute.FOREGROUND, style.getBulletFontColor() == null
        ? firstLine.getAttribute(TextAttribute.FOREGROUND)
        : factory.getPaint(paragraph.getParentShape()).getPaint(graphics,
            style.getBulletFontColor()));
    att.put(TextAttribute.FAMILY, Fonts.SANS);
    att.put(TextAttribute.SIZE, bulletSize);
    att.put(TextAttribute.FONT, new Font(att));
    AttributedString text = new AttributedString(unicode.get(), att);
    return factory.getTextFragment(
        new TextLayout(text.getIterator(), graphics.getFontRenderContext()), text);
  }
}
