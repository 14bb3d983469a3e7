package dev.docket.job;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The life of a job, one table. The Lua scripts enforce the same transitions inside Redis; this enum is
 * their specification and is tested pair by pair.
 *
 * <pre>
 * from \ to   queued  active  completed  failed  cancelled
 * queued        -       x        -         x*       x        (* enqueue of an unreadable job)
 * active        x       -        x         x        x        (queued: stalled, or retry after backoff)
 * completed     -       -        -         -        -
 * failed        x       -        -         -        -        (manual retry)
 * cancelled     -       -        -         -        -
 * </pre>
 */
public enum JobState {
  QUEUED,
  ACTIVE,
  COMPLETED,
  FAILED,
  CANCELLED;

  private static final Map<JobState, Set<JobState>> ALLOWED = Map.of(
      QUEUED, EnumSet.of(ACTIVE, FAILED, CANCELLED),
      ACTIVE, EnumSet.of(QUEUED, COMPLETED, FAILED, CANCELLED),
      COMPLETED, EnumSet.noneOf(JobState.class),
      FAILED, EnumSet.of(QUEUED),
      CANCELLED, EnumSet.noneOf(JobState.class));

  /** True when a job in this state may move to {@code next}. */
  public boolean canMoveTo(JobState next) {
    return ALLOWED.get(this).contains(next);
  }

  /** True for states no job leaves on its own (completed, failed, cancelled). */
  public boolean isFinished() {
    return this == COMPLETED || this == FAILED || this == CANCELLED;
  }

  /** The lower-case name used in JSON and in Redis ({@code queued}, {@code active}, ...). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a wire name.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static JobState fromWire(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
