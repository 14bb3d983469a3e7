package dev.docket.convert;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.text.CharacterIterator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws text as real PDF text in the very font file AWT laid it out with ({@link FontFiles}),
 * embedded as a subset once per document, so the text is selectable and searchable. Runs that
 * font cannot show (missing glyphs, a face with no embeddable file, scripts that need shaping)
 * are drawn as glyph outlines instead, one run at a time, so the rest of the line stays text.
 *
 * <p>One instance per PDF document: it caches that document's {@link PDFont}s. Used by the
 * slide writer and by spreadsheet charts ({@code xlsx.SheetCharts}).
 */
public final class EmbeddingFontTextDrawer extends PdfBoxGraphics2DFontTextDrawer {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddingFontTextDrawer.class);
  private final Map<FontFiles.Face, Optional<PDFont>> loaded = new HashMap<>();
  /** AWT font to its PDF font; AWT's name lookup is slow, and it is asked for every character. */
  private final Map<Font, Optional<PDFont>> byAwtFont = new HashMap<>();

  @Override
  protected boolean hasDynamicFontMapping() {
    return true;
  }

  @Override
  protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
    Optional<PDFont> pdFont = byAwtFont.get(font);
    if (pdFont == null) {
      pdFont = FontFiles.lookup(font).flatMap(f -> loaded.computeIfAbsent(f, x -> load(x, env)));
      byAwtFont.put(font, pdFont);
    }
    return pdFont.orElse(null);
  }

  private static Optional<PDFont> load(FontFiles.Face face, IFontTextDrawerEnv env) {
    try {
      return Optional.of(PDType0Font.load(env.getDocument(), FontFiles.trueType(face), true));
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot embed font {}: {}; its text is drawn as outlines", face.file(), e.toString());
      return Optional.empty();
    }
  }

  /** Text with a background (highlight) is left to AWT, which draws the highlight too. */
  @Override
  public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) {
    for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
      if (iterator.getAttribute(TextAttribute.BACKGROUND) != null) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void drawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
      throws IOException, FontFormatException {
    if (allDrawable(iterator, env)) {
      super.drawText(iterator, env);
      return;
    }
    float x = 0;
    int start = iterator.getBeginIndex();
    while (start < iterator.getEndIndex()) {
      iterator.setIndex(start);
      int runLimit = iterator.getRunLimit();
      Font font = fontAt(iterator, env);
      boolean drawable = isDrawable(iterator.current(), font, env);
      int end = start;
      while (end < runLimit && isDrawable(iterator.setIndex(end), font, env) == drawable) {
        end++;
      }
      AttributedCharacterIterator piece = new AttributedString(iterator, start, end).getIterator();
      TextLayout layout = new TextLayout(piece, env.getFontRenderContext());
      if (drawable) {
        drawAsText(piece, x, env);
      } else {
        drawAsOutline(piece, layout, x, env);
      }
      x += layout.getAdvance();
      start = end;
    }
  }

  private boolean allDrawable(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
      throws IOException, FontFormatException {
    for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
      if (!isDrawable(c, fontAt(iterator, env), env)) {
        iterator.first();
        return false;
      }
    }
    iterator.first();
    return true;
  }

  private boolean isDrawable(char c, Font font, IFontTextDrawerEnv env) {
    if (Character.isSurrogate(c) || !TextScripts.isSimple(c) || !font.canDisplay(c)) {
      return false;
    }
    return mapFont(font, env) != null;
  }

  private static Font fontAt(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) {
    Font font = (Font) iterator.getAttribute(TextAttribute.FONT);
    return font != null ? font : env.getFont();
  }

  private void drawAsText(AttributedCharacterIterator piece, float x, IFontTextDrawerEnv env)
      throws IOException, FontFormatException {
    PDPageContentStream cs = env.getContentStream();
    cs.saveGraphicsState();
    cs.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(x, 0));
    super.drawText(piece, env);
    cs.restoreGraphicsState();
  }

  private static void drawAsOutline(AttributedCharacterIterator piece, TextLayout layout, float x,
      IFontTextDrawerEnv env) throws IOException {
    Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, 0));
    Paint paint = (Paint) piece.getAttribute(TextAttribute.FOREGROUND);
    PDPageContentStream cs = env.getContentStream();
    cs.saveGraphicsState();
    env.applyPaint(paint != null ? paint : env.getPaint(), outline);
    boolean evenOdd = PdfShapes.walk(outline, cs);
    if (evenOdd) {
      cs.fillEvenOdd();
    } else {
      cs.fill();
    }
    cs.restoreGraphicsState();
  }
}
