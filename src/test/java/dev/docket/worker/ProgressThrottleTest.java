package dev.docket.worker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressThrottleTest {
  @Test
  void firstAndLastAlwaysPassAndTheRestAtMostEvery100Ms() {
    ProgressThrottle t = new ProgressThrottle(100);
    assertTrue(t.shouldEmit(1, 50, 1_000), "first");
    assertFalse(t.shouldEmit(2, 50, 1_010));
    assertFalse(t.shouldEmit(3, 50, 1_099));
    assertTrue(t.shouldEmit(4, 50, 1_100), "100 ms later");
    assertFalse(t.shouldEmit(5, 50, 1_150));
    assertTrue(t.shouldEmit(50, 50, 1_151), "last");
  }

  @Test
  void aBurstOfAThousandPagesInOneSecondYieldsAboutTenEvents() {
    ProgressThrottle t = new ProgressThrottle(100);
    int emitted = 0;
    for (int page = 1; page <= 1_000; page++) {
      if (t.shouldEmit(page, 1_000, page)) { // one page per millisecond
        emitted++;
      }
    }
    assertTrue(emitted >= 10 && emitted <= 12, "emitted " + emitted);
  }
}
