package dev.docket.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void delaysStayInsideTheDoublingWindowUpToTheCap() {
    SplittableRandom random = new SplittableRandom(7);
    for (int attempt = 1; attempt <= 12; attempt++) {
      long window = Math.min(60_000, 1_000L << (attempt - 1));
      long max = 0;
      for (int i = 0; i < 2_000; i++) {
        long d = Backoff.fullJitter(attempt, 1_000, 60_000, random);
        assertTrue(d >= 0 && d <= window, "attempt " + attempt + ": " + d);
        max = Math.max(max, d);
      }
      assertTrue(max > window * 0.9, "full jitter spreads over the whole window (attempt " + attempt + ")");
    }
  }

  @Test
  void hugeAttemptNumbersDoNotOverflow() {
    assertTrue(Backoff.fullJitter(10_000, 2_000, 300_000, new SplittableRandom(1)) <= 300_000);
    assertEquals(0, Backoff.fullJitter(1, 0, 10, new SplittableRandom(1)));
  }
}
