package dev.docket.config;

/**
 * How the queue keeps jobs safe: leases, stalled-job recovery, retries, timeouts, shutdown and
 * retention. All durations in milliseconds.
 *
 * @param leaseMs {@code DOCKET_LEASE_MS}: lease (visibility timeout) of a claimed job; renewed every third
 * @param maxStalled {@code DOCKET_MAX_STALLED}: times a job may stall (its worker died) before it fails
 *     with STALLED_LIMIT
 * @param maxAttempts {@code DOCKET_MAX_ATTEMPTS}: attempts per job for transient failures
 * @param retryBackoffMs {@code DOCKET_RETRY_BACKOFF_MS}: base of the exponential backoff between retries
 * @param jobTimeoutMs {@code DOCKET_JOB_TIMEOUT_MS}: longest one attempt may run (fails with TIMEOUT)
 * @param shutdownGraceMs {@code DOCKET_SHUTDOWN_GRACE_MS}: how long a stopping worker lets running jobs finish
 * @param retentionMs {@code DOCKET_RETENTION_MS}: how long finished jobs and their blobs are kept
 */
public record QueueSettings(long leaseMs, int maxStalled, int maxAttempts, long retryBackoffMs, long jobTimeoutMs,
    long shutdownGraceMs, long retentionMs) {

  public static final long DEFAULT_LEASE_MS = 30_000;
  public static final int DEFAULT_MAX_STALLED = 2;
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final long DEFAULT_RETRY_BACKOFF_MS = 2_000;
  /** Longest backoff between two attempts, whatever the attempt number. */
  public static final long MAX_RETRY_BACKOFF_MS = 300_000;
  public static final long DEFAULT_JOB_TIMEOUT_MS = 600_000;
  public static final long DEFAULT_SHUTDOWN_GRACE_MS = 30_000;
  public static final long DEFAULT_RETENTION_MS = 86_400_000;

  public static final QueueSettings DEFAULTS = new QueueSettings(DEFAULT_LEASE_MS, DEFAULT_MAX_STALLED,
      DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_BACKOFF_MS, DEFAULT_JOB_TIMEOUT_MS, DEFAULT_SHUTDOWN_GRACE_MS,
      DEFAULT_RETENTION_MS);

  static QueueSettings fromEnv(EnvReader r) {
    return new QueueSettings(
        r.longValue("DOCKET_LEASE_MS", DEFAULT_LEASE_MS, 300, 3_600_000),
        (int) r.longValue("DOCKET_MAX_STALLED", DEFAULT_MAX_STALLED, 0, 1_000),
        (int) r.longValue("DOCKET_MAX_ATTEMPTS", DEFAULT_MAX_ATTEMPTS, 1, 1_000),
        r.longValue("DOCKET_RETRY_BACKOFF_MS", DEFAULT_RETRY_BACKOFF_MS, 1, MAX_RETRY_BACKOFF_MS),
        r.longValue("DOCKET_JOB_TIMEOUT_MS", DEFAULT_JOB_TIMEOUT_MS, 100, 86_400_000),
        r.longValue("DOCKET_SHUTDOWN_GRACE_MS", DEFAULT_SHUTDOWN_GRACE_MS, 0, 3_600_000),
        r.longValue("DOCKET_RETENTION_MS", DEFAULT_RETENTION_MS, 1_000, 365L * 86_400_000));
  }

  /** Interval of the maintenance sweep: a quarter lease, so a dead worker's jobs run again within 1.5 leases. */
  public long sweepIntervalMs() {
    return Math.max(100, leaseMs / 4);
  }

  public QueueSettings withLeaseMs(long ms) {
    return new QueueSettings(ms, maxStalled, maxAttempts, retryBackoffMs, jobTimeoutMs, shutdownGraceMs, retentionMs);
  }

  public QueueSettings withMaxStalled(int n) {
    return new QueueSettings(leaseMs, n, maxAttempts, retryBackoffMs, jobTimeoutMs, shutdownGraceMs, retentionMs);
  }

  public QueueSettings withRetries(int attempts, long backoffMs) {
    return new QueueSettings(leaseMs, maxStalled, attempts, backoffMs, jobTimeoutMs, shutdownGraceMs, retentionMs);
  }

  public QueueSettings withJobTimeoutMs(long ms) {
    return new QueueSettings(leaseMs, maxStalled, maxAttempts, retryBackoffMs, ms, shutdownGraceMs, retentionMs);
  }

  public QueueSettings withShutdownGraceMs(long ms) {
    return new QueueSettings(leaseMs, maxStalled, maxAttempts, retryBackoffMs, jobTimeoutMs, ms, retentionMs);
  }

  public QueueSettings withRetentionMs(long ms) {
    return new QueueSettings(leaseMs, maxStalled, maxAttempts, retryBackoffMs, jobTimeoutMs, shutdownGraceMs, ms);
  }
}
