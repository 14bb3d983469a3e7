package dev.docket.job;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * A job as stored in its Redis hash ({@code {docket}:job:<id>}), read back into the shape the API
 * answers. The hash is flat strings; see {@link JobFields} for its field names.
 *
 * <p>JSON shape: {@code {id, state, target, progress (0-100), pagesDone, pagesTotal, attempts, maxAttempts,
 * stalledCount, worker, input{name,type,bytes}, result{type,bytes}?, error{code,message}?, errors[{attempt,
 * code, message, at, worker}], nextRetryAt?, cancelRequested?, createdAt, startedAt?, finishedAt?,
 * callbackUrl?, webhook{id, event, state, attempts, lastStatus?, lastError?, deliveredAt?, nextAttemptAt?}?}}
 * with times as ISO-8601 UTC strings. {@code error} is the final error of a failed job; {@code errors} lists
 * every failed attempt; {@code webhook} describes the delivery of the job's latest webhook message (webhook
 * state pending, delivering, retrying, delivered or failed = dead-lettered).
 */
public record Job(Map<String, String> fields) {

  public Job {
    fields = Map.copyOf(fields);
  }

  public String id() {
    return fields.get(JobFields.ID);
  }

  public JobState state() {
    return JobState.fromWire(fields.get(JobFields.STATE));
  }

  public String target() {
    return fields.getOrDefault(JobFields.TARGET, "pdf");
  }

  public String inputName() {
    return fields.get(JobFields.INPUT_NAME);
  }

  public String inputType() {
    return fields.get(JobFields.INPUT_TYPE);
  }

  /** Blob key of the uploaded document. */
  public String inputKey() {
    return fields.get(JobFields.INPUT_KEY);
  }

  /** Blob key of the result, or null until completed. */
  public String resultKey() {
    return fields.get(JobFields.RESULT_KEY);
  }

  public String resultType() {
    return fields.get(JobFields.RESULT_TYPE);
  }

  public int attempts() {
    return intField(JobFields.ATTEMPTS);
  }

  /** The public representation answered by {@code GET /api/jobs/{id}}. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject()
        .put("id", id())
        .put("state", fields.get(JobFields.STATE))
        .put("target", target())
        .put("progress", intField(JobFields.PROGRESS))
        .put("pagesDone", intField(JobFields.PAGES_DONE))
        .put("pagesTotal", intField(JobFields.PAGES_TOTAL))
        .put("attempts", attempts())
        .put("maxAttempts", intField(JobFields.ATTEMPT_LIMIT))
        .put("stalledCount", intField(JobFields.STALLED_COUNT))
        .put("worker", fields.get(JobFields.WORKER))
        .put("input", new JsonObject()
            .put("name", inputName())
            .put("type", inputType())
            .put("bytes", longField(JobFields.INPUT_BYTES)));
    if (fields.containsKey(JobFields.RESULT_KEY)) {
      json.put("result", new JsonObject().put("type", resultType()).put("bytes", longField(JobFields.RESULT_BYTES)));
    }
    if (fields.containsKey(JobFields.ERROR_CODE)) {
      json.put("error", new JsonObject()
          .put("code", fields.get(JobFields.ERROR_CODE))
          .put("message", fields.get(JobFields.ERROR_MESSAGE)));
    }
    json.put("errors", errors());
    if ("1".equals(fields.get(JobFields.CANCEL_REQUESTED)) && state() == JobState.ACTIVE) {
      json.put("cancelRequested", true);
    }
    putTime(json, "nextRetryAt", JobFields.NEXT_RETRY_AT);
    putTime(json, "createdAt", JobFields.CREATED_AT);
    putTime(json, "startedAt", JobFields.STARTED_AT);
    putTime(json, "finishedAt", JobFields.FINISHED_AT);
    if (fields.containsKey(JobFields.CALLBACK_URL)) {
      json.put("callbackUrl", fields.get(JobFields.CALLBACK_URL));
    }
    if (fields.containsKey(JobFields.WEBHOOK_STATE)) {
      json.put("webhook", webhook());
    }
    return json;
  }

  /** The delivery status of the job's latest webhook message. */
  private JsonObject webhook() {
    JsonObject webhook = new JsonObject()
        .put("id", fields.get(JobFields.WEBHOOK_ID))
        .put("event", fields.get(JobFields.WEBHOOK_EVENT))
        .put("state", fields.get(JobFields.WEBHOOK_STATE))
        .put("attempts", intField(JobFields.WEBHOOK_ATTEMPTS));
    if (fields.containsKey(JobFields.WEBHOOK_LAST_STATUS)) {
      webhook.put("lastStatus", intField(JobFields.WEBHOOK_LAST_STATUS));
    }
    if (fields.containsKey(JobFields.WEBHOOK_LAST_ERROR)) {
      webhook.put("lastError", fields.get(JobFields.WEBHOOK_LAST_ERROR));
    }
    putTime(webhook, "deliveredAt", JobFields.WEBHOOK_DELIVERED_AT);
    putTime(webhook, "nextAttemptAt", JobFields.WEBHOOK_NEXT_AT);
    return webhook;
  }

  /** Each failed attempt's error, oldest first, with {@code at} as an ISO-8601 string. */
  public JsonArray errors() {
    String history = fields.get(JobFields.HISTORY);
    JsonArray out = new JsonArray();
    if (history == null || !history.startsWith("[")) {
      return out; // Lua's cjson encodes an empty table as {}
    }
    for (Object o : new JsonArray(history)) {
      JsonObject entry = ((JsonObject) o).copy();
      Object at = entry.getValue("at");
      if (at instanceof Number n) {
        entry.put("at", Instant.ofEpochMilli(n.longValue()).toString());
      }
      out.add(entry);
    }
    return out;
  }

  private void putTime(JsonObject json, String name, String field) {
    String millis = fields.get(field);
    if (millis != null) {
      json.put(name, Instant.ofEpochMilli(Long.parseLong(millis)).toString());
    }
  }

  private int intField(String name) {
    String v = fields.get(name);
    return v == null ? 0 : Integer.parseInt(v);
  }

  private long longField(String name) {
    String v = fields.get(name);
    return v == null ? 0 : Long.parseLong(v);
  }
}
