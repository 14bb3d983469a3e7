package dev.docket.job;

/**
 * Field names of the job hash {@code {docket}:job:<id>}; the Lua scripts use the same literals.
 * Times are epoch milliseconds, sizes bytes, progress 0-100.
 */
public final class JobFields {
  public static final String ID = "id";
  public static final String STATE = "state";
  public static final String TARGET = "target";
  public static final String INPUT_NAME = "inputName";
  public static final String INPUT_TYPE = "inputType";
  public static final String INPUT_BYTES = "inputBytes";
  public static final String INPUT_KEY = "inputKey";
  public static final String RESULT_KEY = "resultKey";
  public static final String RESULT_TYPE = "resultType";
  public static final String RESULT_BYTES = "resultBytes";
  public static final String PROGRESS = "progress";
  public static final String PAGES_DONE = "pagesDone";
  public static final String PAGES_TOTAL = "pagesTotal";
  public static final String ATTEMPTS = "attempts";
  public static final String WORKER = "worker";
  public static final String TOKEN = "token";
  public static final String ERROR_CODE = "errorCode";
  public static final String ERROR_MESSAGE = "errorMessage";
  public static final String CREATED_AT = "createdAt";
  public static final String STARTED_AT = "startedAt";
  public static final String FINISHED_AT = "finishedAt";
  /** Attempts allowed in all (grows by DOCKET_MAX_ATTEMPTS on a manual retry). */
  public static final String ATTEMPT_LIMIT = "attemptLimit";
  public static final String STALLED_COUNT = "stalledCount";
  public static final String NEXT_RETRY_AT = "nextRetryAt";
  /** JSON array of {attempt, code, message, at, worker}, one per failed attempt. */
  public static final String HISTORY = "history";
  public static final String CANCEL_REQUESTED = "cancelRequested";
  /** Where the job's webhook messages go (absolute http/https URL, validated at submission). */
  public static final String CALLBACK_URL = "callbackUrl";
  /** Standard Webhooks message id of the current message ({@code msg_<jobId>_<n>}), the same on every attempt. */
  public static final String WEBHOOK_ID = "webhookId";
  /** {@code job.completed} or {@code job.failed}. */
  public static final String WEBHOOK_EVENT = "webhookEvent";
  /** pending, delivering, retrying, delivered, or failed (dead-lettered). */
  public static final String WEBHOOK_STATE = "webhookState";
  public static final String WEBHOOK_ATTEMPTS = "webhookAttempts";
  public static final String WEBHOOK_LAST_STATUS = "webhookLastStatus";
  public static final String WEBHOOK_LAST_ERROR = "webhookLastError";
  public static final String WEBHOOK_DELIVERED_AT = "webhookDeliveredAt";
  public static final String WEBHOOK_NEXT_AT = "webhookNextAt";
  /** The body sent by the first attempt, kept while the message is retried (so every attempt sends the same bytes). */
  public static final String WEBHOOK_BODY = "webhookBody";

  private JobFields() {
  }
}
