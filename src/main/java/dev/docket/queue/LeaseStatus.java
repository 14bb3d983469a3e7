package dev.docket.queue;

/** What renewing one lease found (extendLeases.lua). */
public enum LeaseStatus {
  /** Renewed; carry on. */
  RENEWED,
  /** Renewed, but a client asked to cancel the job: stop it between pages. */
  CANCEL_REQUESTED,
  /** The lease is gone or held by another attempt: stop, and record nothing. */
  LOST
}
