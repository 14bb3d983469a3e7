package dev.docket.convert.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** LibreOffice's kashida positions ({@link Kashida}): one per word, the highest priority wins. */
class KashidaTest {
  @Test
  void afterSeenOrSadComesFirst() {
    // مسلمان: Seen (index 1) outranks the Alef before the final Noon
    assertArrayEquals(new int[] {1}, Kashida.positions("مسلمان"));
  }

  @Test
  void beforeAnAlefTheLetterBeforeItIsStretched() {
    // کتاب: before the Alef (index 2), after Teh (index 1); the final Beh follows a right-joining Alef
    assertArrayEquals(new int[] {1}, Kashida.positions("کتاب"));
  }

  @Test
  void oneWordOnePositionAndNoneAcrossANonJoiner() {
    // قرآن و آن‌ها: Qaf before the Reh; "و" has none; in آن‌ها the Noon cannot join over U+200C, the Heh
    // is joined to from nothing, so the only place left is before the final Alef, after the Heh (10)
    assertArrayEquals(new int[] {0, 10}, Kashida.positions("قرآن و آن\u200cها"));
  }

  @Test
  void noPositionsInTextWithLatinLetters() {
    assertArrayEquals(new int[0], Kashida.positions("کتاب book"));
  }
}
