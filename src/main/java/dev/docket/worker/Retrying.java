package dev.docket.worker;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a Redis call that failed to reach Redis (connection refused, reset, timed out) with capped
 * exponential backoff, for up to a deadline. Script replies are results, not failures, and are never
 * retried. Used to record outcomes across a short Redis outage, so finished work is not thrown away.
 */
final class Retrying {
  private static final Logger LOG = LoggerFactory.getLogger(Retrying.class);
  private static final long FIRST_WAIT_MS = 100;
  private static final long MAX_WAIT_MS = 2_000;

  private Retrying() {
  }

  /**
   * @param what named in log lines
   * @param withinMs give up (and fail with the last error) once this much time has passed
   */
  static <T> Future<T> call(Vertx vertx, String what, long withinMs, Supplier<Future<T>> call) {
    Promise<T> result = Promise.promise();
    attempt(vertx, what, System.currentTimeMillis() + withinMs, FIRST_WAIT_MS, call, result);
    return result.future();
  }

  private static <T> void attempt(Vertx vertx, String what, long deadline, long waitMs, Supplier<Future<T>> call,
      Promise<T> result) {
    call.get().onComplete(ar -> {
      if (ar.succeeded()) {
        result.complete(ar.result());
      } else if (System.currentTimeMillis() + waitMs > deadline) {
        result.fail(ar.cause());
      } else {
        LOG.warn("{} failed ({}); retrying in {} ms", what, ar.cause().getMessage(), waitMs);
        vertx.setTimer(waitMs, t -> attempt(vertx, what, deadline, Math.min(MAX_WAIT_MS, waitMs * 2), call, result));
      }
    });
  }
}
