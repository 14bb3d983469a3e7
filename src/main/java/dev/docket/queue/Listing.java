package dev.docket.queue;

import java.util.Locale;

/**
 * The job listings an operator can page through, each backed by one Redis structure, in the order shown.
 */
public enum Listing {
  /** Waiting to be taken, newest first ({@code {docket}:queue}). */
  QUEUED,
  /** Waiting for a retry's backoff, soonest due first ({@code {docket}:delayed}). */
  DELAYED,
  /** Held by workers ({@code {docket}:active}). */
  ACTIVE,
  /** Finished, newest first. */
  COMPLETED,
  /** Dead-letter: failed for good, newest first. */
  FAILED,
  /** Finished by a client's cancellation, newest first. */
  CANCELLED;

  /**
   * @throws IllegalArgumentException for an unknown name
   */
  public static Listing parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
