package dev.docket.worker;

/** Why a running job must stop before it finishes, and so what its worker records. */
public enum StopReason {
  /** A client cancelled it: clean up, record ackCancel. */
  CANCELLED,
  /** Its lease was lost (another attempt may own it): record nothing. */
  LEASE_LOST,
  /** It ran past DOCKET_JOB_TIMEOUT_MS: record a TIMEOUT failure. */
  TIMEOUT,
  /** This worker is shutting down and the grace period is over: hand it back to the queue. */
  SHUTDOWN
}
