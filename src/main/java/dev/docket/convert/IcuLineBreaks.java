package dev.docket.convert;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Locale;

/**
 * Line-break opportunities by ICU's rules (Unicode UAX #14), as LibreOffice finds them, for AWT's
 * {@link java.awt.font.LineBreakMeasurer}. The JDK's own line iterator also breaks after a full
 * stop or slash inside a word ({@code java.util.jar.JarFile}, {@code a/b/c}), where ICU keeps the
 * word whole. A {@link java.text.BreakIterator} over {@link com.ibm.icu.text.BreakIterator}; one
 * instance per text, used by the thread that made it while it breaks that text.
 */
final class IcuLineBreaks extends BreakIterator {
  /** ICU's iterators are costly to make and hold no state past {@code setText}: one a thread. */
  private static final ThreadLocal<com.ibm.icu.text.BreakIterator> ROOT = ThreadLocal.withInitial(
      () -> com.ibm.icu.text.BreakIterator.getLineInstance(Locale.ROOT));

  private final com.ibm.icu.text.BreakIterator icu;

  /** The line breaks of the root locale, for the text given to {@link #setText} (this thread only). */
  IcuLineBreaks() {
    icu = ROOT.get();
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
