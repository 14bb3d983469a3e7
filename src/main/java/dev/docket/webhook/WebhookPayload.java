package dev.docket.webhook;

import dev.docket.job.Job;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * The body of a webhook message, in the payload shape the Standard Webhooks specification recommends:
 * {@code {"type": "job.completed" | "job.failed", "timestamp": ISO-8601 UTC, "data": <the job JSON of
 * GET /api/jobs/{id}, without its webhook delivery status>}}. The first attempt builds it; later attempts
 * of the same message resend the same bytes (kept in the job hash while retrying).
 */
public final class WebhookPayload {
  private WebhookPayload() {
  }

  /**
   * @param job the job as claimed for delivery
   * @param event the message's type
   * @param now the message's timestamp
   * @return the JSON text to sign and send
   */
  public static String body(Job job, String event, Instant now) {
    JsonObject data = job.toJson();
    data.remove("webhook");
    return new JsonObject().put("type", event).put("timestamp", now.toString()).put("data", data).encode();
  }
}
