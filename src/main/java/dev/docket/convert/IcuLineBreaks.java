package dev.docket.convert;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Locale;

/**
 * Line-break opportunities by ICU's rules (Unicode UAX #14), as LibreOffice finds them, for AWT's
 * {@link java.awt.font.LineBreakMeasurer}. The JDK's own line iterator also breaks after a full
 * stop or slash inside a word ({@code java.util.jar.JarFile}, {@code a/b/c}), where ICU keeps the
 * word whole. A {@link java.text.BreakIterator} over {@link com.ibm.icu.text.BreakIterator}; one
 * instance per text, not thread-safe.
 */
final class IcuLineBreaks extends BreakIterator {
  private final com.ibm.icu.text.BreakIterator icu;

  IcuLineBreaks(Locale locale) {
    icu = com.ibm.icu.text.BreakIterator.getLineInstance(locale);
  }

  @Override
  public int first() {
    return icu.first();
  }

  @Override
  public int last() {
    return icu.last();
  }

  @Override
  public int next(int n) {
    return icu.next(n);
  }

  @Override
  public int next() {
    return icu.next();
  }

  @Override
  public int previous() {
    return icu.previous();
  }

  @Override
  public int following(int offset) {
    return icu.following(offset);
  }

  @Override
  public int preceding(int offset) {
    return icu.preceding(offset);
  }

  @Override
  public boolean isBoundary(int offset) {
    return icu.isBoundary(offset);
  }

  @Override
  public int current() {
    return icu.current();
  }

  @Override
  public CharacterIterator getText() {
    return icu.getText();
  }

  @Override
  public void setText(CharacterIterator text) {
    icu.setText(text);
  }
}
