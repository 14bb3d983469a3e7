package dev.docket.http;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code /health/live} (the process answers) and {@code /health/ready}: 200 only when Redis answers a
 * PING within a second, the blob store accepts a write, this node's worker slots (if it has any) are all
 * running, and the node is not shutting down; otherwise 503, so a load balancer stops sending uploads to a
 * node that cannot take them. The body names each check: {@code {status, redis, blobStore, workers?}}.
 */
final class HealthHandler {
  private final Redis redis;
  private final BooleanSupplier draining;
  private final Path probeDir;
  private final Supplier<WorkerHealth> workers;

  /** Slots of a worker role: how many run, out of how many. */
  record WorkerHealth(int running, int total) {
  }

  /**
   * @param probeDir a directory of the blob store to write a probe file into
   * @param workers this node's worker slots, or a supplier of null for a web-only node
   */
  HealthHandler(Redis redis, BooleanSupplier draining, Path probeDir, Supplier<WorkerHealth> workers) {
    this.redis = redis;
    this.draining = draining;
    this.probeDir = probeDir;
    this.workers = workers;
  }

  void live(RoutingContext ctx) {
    json(ctx, 200, new JsonObject().put("status", "up"));
  }

  void ready(RoutingContext ctx) {
    if (draining.getAsBoolean()) {
      json(ctx, 503, new JsonObject().put("status", "draining"));
      return;
    }
    Future<Object> ping = redis.send(Request.cmd(Command.PING)).timeout(1, TimeUnit.SECONDS).map(r -> (Object) r);
    String probe = probeDir.resolve("ready-probe-" + Thread.currentThread().getId()).toString();
    Future<Void> write = ctx.vertx().fileSystem().writeFile(probe, io.vertx.core.buffer.Buffer.buffer("ok"))
        .compose(v -> ctx.vertx().fileSystem().delete(probe)).timeout(1, TimeUnit.SECONDS);
    Future.join(ping, write).onComplete(ar -> {
      WorkerHealth slots = workers.get();
      boolean slotsOk = slots == null || slots.running() == slots.total();
      JsonObject body = new JsonObject()
          .put("redis", ping.succeeded() ? "up" : String.valueOf(ping.cause().getMessage()))
          .put("blobStore", write.succeeded() ? "writable" : String.valueOf(write.cause().getMessage()));
      if (slots != null) {
        body.put("workers", slots.running() + "/" + slots.total() + " slots running");
      }
      boolean up = ping.succeeded() && write.succeeded() && slotsOk;
      json(ctx, up ? 200 : 503, body.put("status", up ? "up" : "down"));
    });
  }

  private static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(body.encode());
  }
}
