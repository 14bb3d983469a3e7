package dev.docket.queue;

import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: the delay before attempt {@code n+1} is uniform in
 * {@code [0, min(cap, base * 2^(n-1))]}. Spreading retries over the whole window avoids retry storms
 * after a shared outage. Source: Marc Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015.
 */
public final class Backoff {
  private Backoff() {
  }

  /**
   * @param attempt the attempt that just failed, 1-based
   * @param baseMs delay window of the first retry, ms
   * @param capMs largest window, ms
   * @return the delay, ms, in [0, window]
   */
  public static long fullJitter(int attempt, long baseMs, long capMs, RandomGenerator random) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 40);
    long window = Math.min(capMs, baseMs << Math.min(doublings, Long.numberOfLeadingZeros(baseMs) - 1));
    return random.nextLong(window + 1);
  }
}
