package dev.docket.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import java.util.concurrent.TimeUnit;

/**
 * {@code /health/live} (the process answers) and {@code /health/ready} (Redis answers a PING within a
 * second and the node is not shutting down; 503 otherwise, so a load balancer stops sending uploads to a
 * node that cannot queue them).
 */
final class HealthHandler {
  private final Redis redis;
  private final java.util.function.BooleanSupplier draining;

  HealthHandler(Redis redis, java.util.function.BooleanSupplier draining) {
    this.redis = redis;
    this.draining = draining;
  }

  void live(RoutingContext ctx) {
    json(ctx, 200, new JsonObject().put("status", "up"));
  }

  void ready(RoutingContext ctx) {
    if (draining.getAsBoolean()) {
      json(ctx, 503, new JsonObject().put("status", "draining"));
      return;
    }
    redis.send(Request.cmd(Command.PING)).timeout(1, TimeUnit.SECONDS).onComplete(ar -> json(ctx,
        ar.succeeded() ? 200 : 503,
        new JsonObject().put("status", ar.succeeded() ? "up" : "down")
            .put("redis", ar.succeeded() ? "up" : String.valueOf(ar.cause().getMessage()))));
  }

  private static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(body.encode());
  }
}
