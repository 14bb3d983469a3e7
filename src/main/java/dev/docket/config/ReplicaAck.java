package dev.docket.config;

/**
 * How many Redis replicas must hold a submission before it is acknowledged ({@code 202} on
 * {@code POST /api/jobs}). Redis replicates asynchronously: a master that fails right after answering
 * loses the writes its replicas had not received yet, and Sentinel promotes a replica without them. With
 * {@code minReplicas > 0} Docket sends {@code WAIT minReplicas timeoutMs} after the enqueue script, on the
 * same connection, and answers {@code 503 NOT_REPLICATED} when fewer replicas confirm in time. The cost is
 * one more round trip plus the replication lag on every submission, and submissions fail while fewer
 * replicas than required are connected. (WAIT narrows the window; it does not make Redis strongly
 * consistent: see https://redis.io/commands/wait/.)
 *
 * @param minReplicas {@code DOCKET_REDIS_MIN_REPLICAS}: replicas that must confirm each submission; 0 = do
 *     not wait (the acknowledgement follows the master's own write)
 * @param timeoutMs {@code DOCKET_REDIS_REPLICA_TIMEOUT_MS}: longest wait for them, ms
 */
public record ReplicaAck(int minReplicas, long timeoutMs) {
  public static final long DEFAULT_TIMEOUT_MS = 1_000;
  /** Acknowledge after the master's write alone. */
  public static final ReplicaAck NONE = new ReplicaAck(0, DEFAULT_TIMEOUT_MS);

  public ReplicaAck {
    if (minReplicas < 0 || timeoutMs < 1) {
      throw new IllegalArgumentException("minReplicas >= 0 and timeoutMs >= 1 required");
    }
  }

  static ReplicaAck fromEnv(EnvReader r) {
    return new ReplicaAck(
        (int) r.longValue("DOCKET_REDIS_MIN_REPLICAS", 0, 0, 100),
        r.longValue("DOCKET_REDIS_REPLICA_TIMEOUT_MS", DEFAULT_TIMEOUT_MS, 1, 60_000));
  }

  /** True when submissions wait for replicas. */
  public boolean required() {
    return minReplicas > 0;
  }
}
