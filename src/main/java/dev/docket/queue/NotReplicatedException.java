package dev.docket.queue;

/**
 * A submission's script ran on the Redis master, but fewer replicas than {@code DOCKET_REDIS_MIN_REPLICAS}
 * confirmed it within {@code DOCKET_REDIS_REPLICA_TIMEOUT_MS} (or the connection broke while waiting). Nothing
 * is rolled back: a created job stays queued and runs if the master survives; if the master fails first it
 * may be lost. Either way the client was not given a 202 for it, and a retry with the same Idempotency-Key
 * names the original job if it survived, or queues the document afresh if it did not.
 */
public final class NotReplicatedException extends RuntimeException {
  private final EnqueueResult result;

  /**
   * @param result what the script did on the master
   * @param acknowledged replicas that confirmed, or -1 when the wait itself failed
   * @param detail why, e.g. the wait's timeout or the connection error
   */
  public NotReplicatedException(EnqueueResult result, int acknowledged, int required, String detail) {
    super("job " + result.jobId() + " (" + result.outcome() + ") reached "
        + (acknowledged < 0 ? "an unknown number of" : acknowledged) + " of " + required + " required Redis replica(s) ("
        + detail + ")");
    this.result = result;
  }

  /** What the script did on the master: CREATED (the job exists there) or DUPLICATE (it named an earlier job). */
  public EnqueueResult result() {
    return result;
  }
}
