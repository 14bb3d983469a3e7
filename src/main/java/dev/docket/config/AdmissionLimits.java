package dev.docket.config;

/**
 * How much work a web node admits before shedding load (answering {@code 429 Too Many Requests} with
 * {@code Retry-After} before reading the upload body).
 *
 * @param maxQueueDepth {@code DOCKET_MAX_QUEUE_DEPTH}: jobs waiting (queued + waiting to retry) beyond
 *     which submissions are refused
 * @param maxConcurrentUploads {@code DOCKET_MAX_CONCURRENT_UPLOADS}: uploads one web node streams at once
 */
public record AdmissionLimits(long maxQueueDepth, int maxConcurrentUploads) {
  public static final long DEFAULT_MAX_QUEUE_DEPTH = 10_000;
  public static final int DEFAULT_MAX_CONCURRENT_UPLOADS = 64;
  public static final AdmissionLimits DEFAULTS = new AdmissionLimits(DEFAULT_MAX_QUEUE_DEPTH, DEFAULT_MAX_CONCURRENT_UPLOADS);

  static AdmissionLimits fromEnv(EnvReader r) {
    return new AdmissionLimits(
        r.longValue("DOCKET_MAX_QUEUE_DEPTH", DEFAULT_MAX_QUEUE_DEPTH, 1, Long.MAX_VALUE),
        (int) r.longValue("DOCKET_MAX_CONCURRENT_UPLOADS", DEFAULT_MAX_CONCURRENT_UPLOADS, 1, 100_000));
  }
}
