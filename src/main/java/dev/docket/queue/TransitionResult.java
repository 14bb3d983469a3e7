package dev.docket.queue;

/**
 * What a transition script answered, from its integer reply (the codes each script's header
 * documents). Negative codes mean nothing was written.
 */
public enum TransitionResult {
  /** The transition was applied. */
  APPLIED,
  /** fail: the error was transient and attempts remain; the job waits in the delayed set. */
  RETRY_SCHEDULED,
  /** cancel: the job is active; its worker was asked to stop. handBack: it was cancelled instead. */
  CANCEL_REQUESTED,
  /** The job hash does not exist (expired or deleted). */
  JOB_MISSING,
  /** The caller's lease token no longer matches: another attempt may own the job. */
  LEASE_LOST,
  /** The job is not in the state the transition starts from. */
  WRONG_STATE;

  /**
   * @param code the script's reply: 1, 2, -1, -2 or -3
   * @param two what reply 2 means for this script
   */
  public static TransitionResult fromCode(long code, TransitionResult two) {
    if (code == 1) {
      return APPLIED;
    } else if (code == 2) {
      return two;
    } else if (code == -1) {
      return JOB_MISSING;
    } else if (code == -2) {
      return LEASE_LOST;
    } else if (code == -3) {
      return WRONG_STATE;
    }
    throw new IllegalStateException("unknown script reply " + code);
  }

  public static TransitionResult fromCode(long code) {
    return fromCode(code, null);
  }
}
