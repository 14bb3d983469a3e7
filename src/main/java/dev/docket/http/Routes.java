package dev.docket.http;

import dev.docket.job.ErrorCode;
import dev.docket.queue.JobQueue;
import dev.docket.storage.BlobStore;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import dev.docket.config.DocketConfig;
import dev.docket.metrics.DocketMetrics;
import io.vertx.micrometer.PrometheusScrapingHandler;
import dev.docket.queue.Stats;
import dev.docket.queue.SubmissionRates;
import dev.docket.queue.WorkerRegistry;
import java.util.function.BooleanSupplier;

/** The whole route table on one screen. */
final class Routes {
  private Routes() {
  }

  static Router create(Vertx vertx, JobQueue queue, BlobStore blobs, DocketConfig config, BooleanSupplier draining,
      InFlight inFlight, DocketMetrics metrics, java.util.function.Supplier<HealthHandler.WorkerHealth> workers) {
    Router router = Router.router(vertx);
    router.route("/api/*").handler(inFlight);
    JobHandler jobs = new JobHandler(queue, config.queue().maxAttempts());
    OperatorAuth operator = new OperatorAuth(config.apiKeys());
    OperatorHandler dashboard = new OperatorHandler(new Stats(queue.redis(), queue.keys()),
        new WorkerRegistry(queue.redis(), queue.keys()));
    ResultHandler results = new ResultHandler(queue, blobs);
    HealthHandler health = new HealthHandler(queue.redis(), draining, blobs.uploadsDir(), workers);

    router.post("/api/jobs").handler(ctx -> refuseWhileDraining(ctx, draining));
    router.post("/api/jobs").handler(new RateLimit(config.limits(), config.apiKeys(),
        new SubmissionRates(queue.redis(), queue.keys())));
    router.post("/api/jobs").handler(new Admission(config.limits()).start(vertx, queue.redis(), queue.keys()));
    router.post("/api/jobs").handler(Routes::requireMultipart);
    router.post("/api/jobs").handler(BodyHandler.create(blobs.uploadsDir().toString())
        .setBodyLimit(config.maxUploadBytes())
        .setDeleteUploadedFilesOnEnd(true)
        .setMergeFormAttributes(false));
    router.post("/api/jobs").handler(new UploadHandler(vertx, queue, blobs, config.queue().maxAttempts(),
        config.webhooks().enabled(), metrics));
    router.get("/api/jobs").handler(operator).handler(jobs::list);
    router.get("/api/stats").handler(operator).handler(dashboard::stats);
    router.get("/api/workers").handler(operator).handler(dashboard::workers);
    router.get("/api/jobs/:id").handler(jobs::status);
    router.delete("/api/jobs/:id").handler(ctx -> {
      if ("true".equals(ctx.queryParams().get("purge"))) {
        ctx.next(); // operator: delete a finished job
      } else {
        jobs.cancel(ctx); // anyone holding the id: cancel
      }
    }).handler(operator).handler(ctx -> jobs.purge(ctx, blobs));
    router.post("/api/jobs/:id/retry").handler(operator).handler(jobs::retry);
    router.get("/api/jobs/:id/result").handler(results::result);
    router.get("/api/jobs/:id/thumbnail").handler(results::thumbnail);
    router.get("/health/live").handler(health::live);
    router.get("/health/ready").handler(health::ready);
    router.get("/metrics").handler(PrometheusScrapingHandler.create(metrics.registry()));
    EventBusBridge.mount(vertx, router);
    router.route("/api/*").handler(ctx -> ctx.fail(new ApiException(ErrorCode.JOB_NOT_FOUND, "no such endpoint")));
    router.get("/dashboard").handler(ctx -> ctx.reroute("/dashboard.html"));
    router.route(HttpMethod.GET, "/*").handler(StaticHandler.create("webroot").setCachingEnabled(false));

    router.route().failureHandler(new FailureHandler());
    return router;
  }

  private static void refuseWhileDraining(RoutingContext ctx, BooleanSupplier draining) {
    if (draining.getAsBoolean()) {
      ctx.fail(new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "this node is shutting down; submit again"));
      return;
    }
    ctx.next();
  }

  private static void requireMultipart(RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
      ctx.fail(new ApiException(ErrorCode.BAD_REQUEST, "POST /api/jobs expects multipart/form-data with a 'file' field"));
      return;
    }
    ctx.next();
  }
}
