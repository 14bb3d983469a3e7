package dev.docket.http;

import dev.docket.queue.Stats;
import dev.docket.queue.WorkerRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The dashboard's read models: {@code GET /api/stats} (depth per state, worker count, finished jobs per
 * minute over the last 30 minutes) and {@code GET /api/workers} (each worker process's heartbeat).
 */
final class OperatorHandler {
  private final Stats stats;
  private final WorkerRegistry workers;

  OperatorHandler(Stats stats, WorkerRegistry workers) {
    this.stats = stats;
    this.workers = workers;
  }

  void stats(RoutingContext ctx) {
    JobHandler.unavailableIfDown(stats.snapshot()).onSuccess(s -> json(ctx, s)).onFailure(ctx::fail);
  }

  void workers(RoutingContext ctx) {
    JobHandler.unavailableIfDown(workers.list()).onSuccess(w -> json(ctx, w)).onFailure(ctx::fail);
  }

  private static void json(RoutingContext ctx, JsonObject body) {
    ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end(body.encode());
  }
}
