package dev.docket.worker;

/**
 * Limits one job's progress events to about ten a second, always letting the first and the last
 * (pagesDone == pagesTotal) through. Not thread-safe: one per running job, used by its converting thread.
 */
public final class ProgressThrottle {
  /** Shortest gap between two events of one job, milliseconds. */
  public static final long DEFAULT_MIN_INTERVAL_MS = 100;

  private final long minIntervalMs;
  private long lastEmitMs;
  private boolean emitted;

  public ProgressThrottle(long minIntervalMs) {
    this.minIntervalMs = minIntervalMs;
  }

  /**
   * @param pagesDone pages finished so far
   * @param pagesTotal pages in all
   * @param nowMs a monotonic clock, milliseconds
   * @return true when this update should be sent
   */
  public boolean shouldEmit(int pagesDone, int pagesTotal, long nowMs) {
    boolean last = pagesDone >= pagesTotal;
    if (!emitted || last || nowMs - lastEmitMs >= minIntervalMs) {
      emitted = true;
      lastEmitMs = nowMs;
      return true;
    }
    return false;
  }
}
