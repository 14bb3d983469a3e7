package dev.docket.queue;

/**
 * What a fenced transition script answered, from its integer reply (the codes each script's header
 * documents). Negative codes are named here once.
 */
public enum TransitionResult {
  /** The transition was applied. */
  APPLIED,
  /** The job hash does not exist (expired or deleted). */
  JOB_MISSING,
  /** The caller's lease token no longer matches: another attempt may own the job. Nothing was written. */
  LEASE_LOST,
  /** The job is not in the state the transition starts from. Nothing was written. */
  WRONG_STATE;

  /** Maps a script's reply code: 1, -1, -2, -3. */
  static TransitionResult fromCode(long code) {
    if (code == 1) {
      return APPLIED;
    } else if (code == -1) {
      return JOB_MISSING;
    } else if (code == -2) {
      return LEASE_LOST;
    } else if (code == -3) {
      return WRONG_STATE;
    }
    throw new IllegalStateException("unknown script reply " + code);
  }
}
