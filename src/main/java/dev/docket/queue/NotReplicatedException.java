package dev.docket.queue;

/**
 * A submission was written to the Redis master, but fewer replicas than {@code DOCKET_REDIS_MIN_REPLICAS}
 * confirmed it within {@code DOCKET_REDIS_REPLICA_TIMEOUT_MS} (or the connection broke while waiting). The
 * job is not rolled back: if the master survives it runs like any other; if the master fails first it may
 * be lost. Either way the client was not given a 202 for it, and a retry with the same Idempotency-Key
 * answers with the original job if it survived, or queues the document afresh if it did not.
 */
public final class NotReplicatedException extends RuntimeException {
  private final String jobId;

  /**
   * @param acknowledged replicas that confirmed, or -1 when the wait itself failed
   */
  public NotReplicatedException(String jobId, int acknowledged, int required, String detail) {
    super("job " + jobId + " reached " + (acknowledged < 0 ? "an unknown number of" : acknowledged) + " of " + required
        + " required Redis replica(s)" + (detail == null ? "" : " (" + detail + ")"));
    this.jobId = jobId;
  }

  /** The job written to the master. */
  public String jobId() {
    return jobId;
  }
}
