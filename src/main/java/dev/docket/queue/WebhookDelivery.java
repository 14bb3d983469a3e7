package dev.docket.queue;

import dev.docket.job.Job;
import dev.docket.job.JobFields;

/**
 * One claimed attempt to deliver a job's webhook message.
 *
 * @param token the delivery lease token the attempt's result must present
 * @param job the job as it was when claimed (its webhook fields describe the message)
 */
public record WebhookDelivery(String token, Job job) {

  public String jobId() {
    return job.id();
  }

  /** Standard Webhooks message id, the same on every attempt of this message. */
  public String messageId() {
    return job.fields().get(JobFields.WEBHOOK_ID);
  }

  /** {@code job.completed} or {@code job.failed}. */
  public String event() {
    return job.fields().get(JobFields.WEBHOOK_EVENT);
  }

  public String callbackUrl() {
    return job.fields().get(JobFields.CALLBACK_URL);
  }

  /** This attempt's number, 1-based. */
  public int attempt() {
    return Integer.parseInt(job.fields().getOrDefault(JobFields.WEBHOOK_ATTEMPTS, "1"));
  }

  /** The body an earlier attempt sent, or null on the first attempt. */
  public String storedBody() {
    return job.fields().get(JobFields.WEBHOOK_BODY);
  }
}
