package dev.docket.queue;

import dev.docket.job.Job;
import io.vertx.core.Future;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Response;
import io.vertx.redis.client.ResponseType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The webhook outbox in Redis: the transitions of a job's webhook message, each one script. Messages are
 * queued by the job's own finishing script (complete-5, fail-6, reapStalled-6); a dispatcher moves an id
 * into the in-flight list ({@code BRPOPLPUSH}), claims it here under a lease, and records the attempt's
 * result, fenced by the lease token. The maintenance sweep promotes due retries and recovers deliveries
 * whose dispatcher died. Non-blocking; safe to call from any context.
 */
public final class WebhookOutbox {
  /** Most messages one maintenance step touches per sweep. */
  static final int BATCH = 1_000;

  private final RedisKeys keys;
  private final ScriptRunner scripts;

  public WebhookOutbox(Redis redis, RedisKeys keys) {
    this.keys = keys;
    this.scripts = new ScriptRunner(redis);
  }

  /**
   * Claims a message a dispatcher moved into the in-flight list (claimWebhook-4.lua): attempt counted,
   * lease set for {@code leaseMs}.
   *
   * @return the delivery, or empty when the job is gone or its message is not waiting (the id is dropped)
   */
  public Future<Optional<WebhookDelivery>> claim(String jobId, String token, long leaseMs) {
    return scripts.run(LuaScript.CLAIM_WEBHOOK,
            List.of(keys.job(jobId), keys.webhookLease(jobId), keys.webhooksInFlight(), keys.webhooksStalled()),
            List.of(jobId, token, Long.toString(leaseMs)))
        .map(r -> r.type() == ResponseType.MULTI
            ? Optional.of(new WebhookDelivery(token, new Job(JobQueue.toMap(r)))) : Optional.<WebhookDelivery>empty());
  }

  /** Records a 2xx answer (completeWebhook-3.lua): APPLIED, LEASE_LOST or WRONG_STATE. */
  public Future<TransitionResult> delivered(WebhookDelivery delivery, int status) {
    String id = delivery.jobId();
    return scripts.run(LuaScript.COMPLETE_WEBHOOK,
            List.of(keys.job(id), keys.webhookLease(id), keys.webhooksInFlight()),
            List.of(id, delivery.token(), now(), Integer.toString(status)))
        .map(r -> TransitionResult.fromCode(r.toLong()));
  }

  /**
   * Records a failed attempt (failWebhook-4.lua).
   *
   * @param status the receiver's HTTP status, or 0 when it gave none
   * @param retryDelayMs backoff before the next attempt, ms, or -1 for a permanent failure
   * @param maxAttempts attempts allowed in all
   * @param body the body this attempt sent, kept for the next one
   * @return APPLIED (dead-lettered), RETRY_SCHEDULED, LEASE_LOST or WRONG_STATE
   */
  public Future<TransitionResult> failed(WebhookDelivery delivery, int status, String error, long retryDelayMs,
      int maxAttempts, String body) {
    String id = delivery.jobId();
    return scripts.run(LuaScript.FAIL_WEBHOOK,
            List.of(keys.job(id), keys.webhookLease(id), keys.webhooksInFlight(), keys.webhooksDelayed()),
            List.of(id, delivery.token(), now(), status > 0 ? Integer.toString(status) : "", error,
                Long.toString(retryDelayMs), Integer.toString(maxAttempts), body))
        .map(r -> TransitionResult.fromCode(r.toLong(), TransitionResult.RETRY_SCHEDULED));
  }

  /** Moves due retries back into the outbox (promoteWebhooks-2.lua); returns how many. */
  public Future<Integer> promoteDue() {
    return scripts.run(LuaScript.PROMOTE_WEBHOOKS, List.of(keys.webhooksDelayed(), keys.webhooks()),
            List.of(now(), Integer.toString(BATCH)))
        .map(Response::toInteger);
  }

  /** One two-phase check of in-flight deliveries (reapWebhooks-3.lua); returns the ids put back into the outbox. */
  public Future<List<String>> reapStalled() {
    return scripts.run(LuaScript.REAP_WEBHOOKS,
            List.of(keys.webhooksInFlight(), keys.webhooksStalled(), keys.webhooks()),
            List.of(keys.prefix(), Integer.toString(BATCH)))
        .map(r -> {
          List<String> ids = new ArrayList<>();
          r.forEach(id -> ids.add(id.toString()));
          return ids;
        });
  }

  private static String now() {
    return Long.toString(System.currentTimeMillis());
  }
}
