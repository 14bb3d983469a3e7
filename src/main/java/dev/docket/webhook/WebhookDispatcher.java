package dev.docket.webhook;

import dev.docket.config.WebhookSettings;
import dev.docket.job.JobIds;
import dev.docket.metrics.DocketMetrics;
import dev.docket.queue.Backoff;
import dev.docket.queue.JobTaker;
import dev.docket.queue.RedisClients;
import dev.docket.queue.RedisKeys;
import dev.docket.queue.TransitionResult;
import dev.docket.queue.WebhookDelivery;
import dev.docket.queue.WebhookOutbox;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpClient;
import io.vertx.redis.client.Redis;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers job webhook messages from the outbox, on an event loop (runs in the worker role of every
 * process with {@code DOCKET_WEBHOOK_SECRET} set). Duties: take ids reliably ({@code BRPOPLPUSH} into the
 * in-flight list on a connection of its own, via {@link JobTaker}); claim each under a delivery lease; make
 * the attempt ({@link WebhookSender}); record it — delivered on 2xx, otherwise a retry after a full-jitter
 * exponential backoff ({@link Backoff}) through the delayed set, until {@code DOCKET_WEBHOOK_MAX_ATTEMPTS},
 * then dead-lettered; refused addresses fail at once. At most {@link #MAX_IN_FLIGHT} attempts run at a time.
 * A delivery whose dispatcher dies is put back by the maintenance sweep once its lease is gone, so delivery
 * is at-least-once: receivers should de-duplicate on {@code webhook-id}. One log line per attempt.
 */
public final class WebhookDispatcher extends VerticleBase {
  /** Attempts one dispatcher runs at once. */
  public static final int MAX_IN_FLIGHT = 16;
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

  private final RedisClients clients;
  private final RedisKeys keys;
  private final WebhookOutbox store;
  private final WebhookSettings settings;
  private final DocketMetrics metrics;
  private JobTaker taker;
  private HttpClient http;
  private WebhookSender sender;
  private int inFlight;
  private boolean waitingForRoom;
  private boolean stopping;
  private Promise<Void> drained;

  public WebhookDispatcher(RedisClients clients, Redis redis, RedisKeys keys, WebhookSettings settings,
      DocketMetrics metrics) {
    this.clients = clients;
    this.keys = keys;
    this.store = new WebhookOutbox(redis, keys);
    this.settings = settings;
    this.metrics = metrics;
  }

  /** The delivery lease, ms: resolving plus one attempt's time limit, with room to spare. */
  long leaseMs() {
    return 2 * settings.timeoutMs() + 30_000;
  }

  @Override
  public Future<?> start() {
    WebhookSigner signer = new WebhookSigner(settings.secret().orElseThrow(
        () -> new IllegalStateException("DOCKET_WEBHOOK_SECRET is required to deliver webhooks")));
    http = vertx.createHttpClient(WebhookSender.clientOptions());
    sender = new WebhookSender(vertx, http, signer, settings);
    taker = new JobTaker(vertx, clients, keys.webhooks(), keys.webhooksInFlight(), JobTaker.DEFAULT_POP_TIMEOUT_SECONDS);
    takeNext();
    return Future.succeededFuture();
  }

  /** Stops taking; attempts under way may finish within one attempt's time limit (else the sweep recovers them). */
  @Override
  public Future<?> stop() {
    stopping = true;
    drained = Promise.promise();
    if (inFlight == 0) {
      drained.tryComplete();
    }
    return taker.close()
        .compose(v -> drained.future().timeout(settings.timeoutMs() + 1_000, TimeUnit.MILLISECONDS).otherwiseEmpty())
        .compose(v -> http.close());
  }

  private void takeNext() {
    if (stopping) {
      return;
    }
    if (inFlight >= MAX_IN_FLIGHT) {
      waitingForRoom = true;
      return;
    }
    taker.take().onComplete(ar -> {
      if (ar.succeeded() && ar.result() != null && !stopping) {
        inFlight++;
        deliver(ar.result()).onComplete(done -> finished());
      }
      takeNext();
    });
  }

  private void finished() {
    inFlight--;
    if (stopping && inFlight == 0 && drained != null) {
      drained.tryComplete();
    }
    if (waitingForRoom) {
      waitingForRoom = false;
      takeNext();
    }
  }

  private Future<Void> deliver(String jobId) {
    return store.claim(jobId, JobIds.randomToken(16), leaseMs())
        .compose(claimed -> claimed.map(this::attempt).orElse(Future.succeededFuture()))
        .onFailure(err -> LOG.warn("job={} webhook delivery not recorded (the sweep will retry it): {}", jobId,
            err.getMessage()))
        .otherwiseEmpty();
  }

  private Future<Void> attempt(WebhookDelivery delivery) {
    long started = System.nanoTime();
    String body = delivery.storedBody() != null ? delivery.storedBody()
        : WebhookPayload.body(delivery.job(), delivery.event(), Instant.now());
    return sender.send(delivery, body).compose(attempt -> {
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      return record(delivery, body, attempt).map(outcome -> {
        LOG.info("job={} webhook={} attempt={} status={} ms={} outcome={}{}", delivery.jobId(), delivery.messageId(),
            delivery.attempt(), attempt.status(), ms, outcome, attempt.error() == null ? "" : " error=" + attempt.error());
        metrics.webhookAttempt(outcome);
        return null;
      });
    });
  }

  /** Records the attempt; answers the outcome's metric name. */
  private Future<String> record(WebhookDelivery delivery, String body, Attempt attempt) {
    if (attempt.delivered()) {
      return store.delivered(delivery, attempt.status()).map(r -> outcome(r, "delivered"));
    }
    long delay = attempt.permanent() ? -1
        : Backoff.fullJitter(delivery.attempt(), settings.backoffMs(), WebhookSettings.MAX_BACKOFF_MS,
            ThreadLocalRandom.current());
    return store.failed(delivery, attempt.status(), attempt.error(), delay, settings.maxAttempts(), body)
        .map(r -> r == TransitionResult.RETRY_SCHEDULED ? "retried"
            : outcome(r, attempt.permanent() ? "refused" : "failed"));
  }

  /** {@code applied}, or {@code lost} when the lease ran out first (the sweep has put the message back). */
  private static String outcome(TransitionResult result, String applied) {
    return result == TransitionResult.APPLIED ? applied : "lost";
  }
}
