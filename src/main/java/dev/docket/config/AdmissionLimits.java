package dev.docket.config;

/**
 * How much work a web node admits before shedding load (answering {@code 429 Too Many Requests} with
 * {@code Retry-After} before reading the upload body).
 *
 * @param maxQueueDepth {@code DOCKET_MAX_QUEUE_DEPTH}: jobs waiting (queued + waiting to retry) beyond
 *     which submissions are refused
 * @param maxConcurrentUploads {@code DOCKET_MAX_CONCURRENT_UPLOADS}: uploads one web node streams at once
 * @param ratePerMinute {@code DOCKET_RATE_LIMIT_PER_MINUTE}: submissions one submitter (API key, or client
 *     address without one) may make per minute, across all web nodes; 0 = no limit
 * @param rateBurst {@code DOCKET_RATE_LIMIT_BURST}: submissions a submitter with unused budget may make at
 *     once (default: a tenth of the per-minute rate, at least 1)
 */
public record AdmissionLimits(long maxQueueDepth, int maxConcurrentUploads, int ratePerMinute, int rateBurst) {
  public static final long DEFAULT_MAX_QUEUE_DEPTH = 10_000;
  public static final int DEFAULT_MAX_CONCURRENT_UPLOADS = 64;
  public static final AdmissionLimits DEFAULTS = new AdmissionLimits(DEFAULT_MAX_QUEUE_DEPTH, DEFAULT_MAX_CONCURRENT_UPLOADS);

  /** Limits without a per-submitter rate limit. */
  public AdmissionLimits(long maxQueueDepth, int maxConcurrentUploads) {
    this(maxQueueDepth, maxConcurrentUploads, 0, 0);
  }

  /** True when submissions are rate-limited per submitter. */
  public boolean rateLimited() {
    return ratePerMinute > 0;
  }

  static AdmissionLimits fromEnv(EnvReader r) {
    int rate = (int) r.longValue("DOCKET_RATE_LIMIT_PER_MINUTE", 0, 0, 6_000_000);
    return new AdmissionLimits(
        r.longValue("DOCKET_MAX_QUEUE_DEPTH", DEFAULT_MAX_QUEUE_DEPTH, 1, Long.MAX_VALUE),
        (int) r.longValue("DOCKET_MAX_CONCURRENT_UPLOADS", DEFAULT_MAX_CONCURRENT_UPLOADS, 1, 100_000),
        rate,
        (int) r.longValue("DOCKET_RATE_LIMIT_BURST", Math.max(1, rate / 10), 1, 6_000_000));
  }
}
