package dev.docket.job;

/**
 * Stable error codes: the {@code code} of every error body ({@code {"error":{"code","message"}}}) and of
 * every failed job's {@code error}. Each code names its HTTP status (for errors answered by the API) and
 * whether a job failing with it may be retried by the queue (transient) or fails at once (permanent).
 *
 * <p>The names are part of the public contract: never rename one; add new codes instead.
 */
public enum ErrorCode {
  // --- document problems: permanent, the same input fails the same way every time
  /** The bytes are not a well-formed document of the sniffed type (fuzzed, truncated, bad zip). */
  CORRUPT_DOCUMENT(422, false),
  /** The document is password-protected or encrypted. */
  ENCRYPTED_DOCUMENT(422, false),
  /** The bytes are of a type Docket cannot convert (sniffed from content, not from the file name). */
  UNSUPPORTED_FORMAT(415, false),
  /** The document exceeds a configured limit (decompressed size, part count, pixels, pages). */
  DOCUMENT_TOO_LARGE(422, false),
  /** The requested target format is not offered for this input type. */
  UNSUPPORTED_TARGET(400, false),

  // --- processing problems
  /** An unexpected failure inside a converter (a bug or an unforeseen input); permanent by default. */
  CONVERSION_FAILED(500, false),
  /** Reading the input or writing the result to the blob store failed; transient. */
  BLOB_STORE_ERROR(503, true),
  /**
   * The job ran past {@code DOCKET_JOB_TIMEOUT_MS}. Permanent: converting the same bytes takes as long
   * again, so retrying would only hold more slots for longer.
   */
  TIMEOUT(504, false),
  /** The job was cancelled by a client. */
  CANCELLED(409, false),
  /** The worker lost the job's lease (another attempt may own it now). */
  LEASE_LOST(409, true),
  /** The job stalled (its worker died) more times than allowed. */
  STALLED_LIMIT(500, false),

  // --- API problems: answered to HTTP clients, never stored on a job
  /** The request is malformed (bad multipart, missing file field, bad parameter). */
  BAD_REQUEST(400, false),
  /** The upload is larger than {@code DOCKET_MAX_UPLOAD_BYTES}. */
  PAYLOAD_TOO_LARGE(413, false),
  /** An operator endpoint was called without a valid API key ({@code DOCKET_API_KEYS}). */
  UNAUTHORIZED(401, false),
  /** No job has this id (or it has expired). */
  JOB_NOT_FOUND(404, false),
  /** The job is not in a state that allows the request (e.g. a result before completion). */
  JOB_NOT_FINISHED(409, false),
  /** The job is finished and cannot be cancelled, or is not failed and cannot be retried. */
  JOB_STATE_CONFLICT(409, false),
  /** The job and its result expired under the retention policy ({@code DOCKET_RETENTION_MS}). */
  JOB_EXPIRED(410, false),
  /** The Idempotency-Key was used before with a different file. */
  IDEMPOTENCY_CONFLICT(422, false),
  /** Docket is shedding load (queue depth or concurrent uploads at their limit); retry after Retry-After. */
  QUEUE_FULL(429, true),
  /** The submitter (API key, or client address without one) is past {@code DOCKET_RATE_LIMIT_PER_MINUTE}. */
  RATE_LIMITED(429, true),
  /** Redis (or another dependency) is unreachable; the client should retry later. */
  SERVICE_UNAVAILABLE(503, true),
  /** The {@code callbackUrl} field is not an absolute http/https URL of at most 2048 characters. */
  INVALID_CALLBACK_URL(400, false),
  /** A {@code callbackUrl} was given but this server has no {@code DOCKET_WEBHOOK_SECRET} to sign webhooks with. */
  WEBHOOKS_NOT_CONFIGURED(400, false),
  /**
   * The submission reached the Redis master but fewer replicas than {@code DOCKET_REDIS_MIN_REPLICAS}
   * confirmed it in time (e.g. during a failover). The job may still exist and run; retry with the same
   * Idempotency-Key to learn its fate without submitting it twice.
   */
  NOT_REPLICATED(503, true),
  /** Anything else; the message says what. */
  INTERNAL_ERROR(500, false);

  private final int httpStatus;
  private final boolean transientFailure;

  ErrorCode(int httpStatus, boolean transientFailure) {
    this.httpStatus = httpStatus;
    this.transientFailure = transientFailure;
  }

  /** The HTTP status the API answers with when a request fails with this code. */
  public int httpStatus() {
    return httpStatus;
  }

  /** True when a job failing with this code may succeed on a later attempt. */
  public boolean isTransient() {
    return transientFailure;
  }
}
