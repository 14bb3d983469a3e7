package dev.docket.http;

import dev.docket.config.AdmissionLimits;
import dev.docket.job.ErrorCode;
import dev.docket.queue.RedisKeys;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load shedding for {@code POST /api/jobs}, decided before a byte of the body is read: {@code 429
 * QUEUE_FULL} with {@code Retry-After} when more jobs wait than {@code DOCKET_MAX_QUEUE_DEPTH}, or when
 * this node already streams {@code DOCKET_MAX_CONCURRENT_UPLOADS} uploads. The queue depth is read by a
 * timer every {@value #REFRESH_MS} ms, so admission costs no Redis round trip per upload.
 */
final class Admission implements Handler<RoutingContext> {
  static final long REFRESH_MS = 250;
  static final int RETRY_AFTER_SECONDS = 2;

  private final AdmissionLimits limits;
  private final AtomicInteger uploading = new AtomicInteger();
  private volatile long depth;

  Admission(AdmissionLimits limits) {
    this.limits = limits;
  }

  /** Starts refreshing the cached depth (queued + delayed) from Redis. */
  Admission start(Vertx vertx, Redis redis, RedisKeys keys) {
    vertx.setPeriodic(0, REFRESH_MS, id -> redis.batch(List.of(Request.cmd(Command.LLEN).arg(keys.queue()),
            Request.cmd(Command.ZCARD).arg(keys.delayed())))
        .onSuccess(r -> depth = r.get(0).toLong() + r.get(1).toLong()));
    return this;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (depth >= limits.maxQueueDepth()) {
      refuse(ctx, "the queue is full (" + depth + " jobs waiting); try again shortly");
      return;
    }
    if (uploading.incrementAndGet() > limits.maxConcurrentUploads()) {
      uploading.decrementAndGet();
      refuse(ctx, "this node is receiving too many uploads at once; try again shortly");
      return;
    }
    ctx.addEndHandler(ar -> uploading.decrementAndGet());
    ctx.next();
  }

  private static void refuse(RoutingContext ctx, String message) {
    ctx.response().putHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    ctx.fail(new ApiException(ErrorCode.QUEUE_FULL, message));
  }
}
