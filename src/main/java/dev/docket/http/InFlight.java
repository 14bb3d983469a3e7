package dev.docket.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts API requests in flight, so a graceful shutdown can wait for them (and for nothing else). */
final class InFlight implements Handler<RoutingContext> {
  private static final long POLL_MS = 50;
  private final AtomicInteger count = new AtomicInteger();

  @Override
  public void handle(RoutingContext ctx) {
    count.incrementAndGet();
    ctx.addEndHandler(ar -> count.decrementAndGet());
    ctx.next();
  }

  int count() {
    return count.get();
  }

  /** Completes when no request is in flight, or after {@code maxWaitMs} regardless. */
  Future<Void> awaitNone(Vertx vertx, long maxWaitMs) {
    Promise<Void> done = Promise.promise();
    long deadline = System.currentTimeMillis() + maxWaitMs;
    poll(vertx, deadline, done);
    return done.future();
  }

  private void poll(Vertx vertx, long deadline, Promise<Void> done) {
    if (count.get() == 0 || System.currentTimeMillis() >= deadline) {
      done.complete();
    } else {
      vertx.setTimer(POLL_MS, t -> poll(vertx, deadline, done));
    }
  }
}
