package dev.docket.queue;

/**
 * What a submission became.
 *
 * @param outcome created, or a repeat of an earlier submission with the same idempotency key
 * @param jobId the new job, or the original one for a repeat
 */
public record EnqueueResult(Outcome outcome, String jobId) {
  /** How enqueue-3.lua answered. */
  public enum Outcome {
    /** A new job was queued. */
    CREATED,
    /** The key was used before with the same content: the original job stands, nothing was written. */
    DUPLICATE,
    /** The key was used before with different content: nothing was written. */
    CONFLICT
  }
}
