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
import io.vertx.redis.client.Redis;

/** The whole route table on one screen. */
final class Routes {
  private Routes() {
  }

  static Router create(Vertx vertx, Redis redis, JobQueue queue, BlobStore blobs, long maxUploadBytes) {
    Router router = Router.router(vertx);
    JobHandler jobs = new JobHandler(queue);
    ResultHandler results = new ResultHandler(queue, blobs);
    HealthHandler health = new HealthHandler(redis);

    router.post("/api/jobs").handler(Routes::requireMultipart);
    router.post("/api/jobs").handler(BodyHandler.create(blobs.uploadsDir().toString())
        .setBodyLimit(maxUploadBytes)
        .setDeleteUploadedFilesOnEnd(true)
        .setMergeFormAttributes(false));
    router.post("/api/jobs").handler(new UploadHandler(vertx, queue, blobs));
    router.get("/api/jobs/:id").handler(jobs::status);
    router.get("/api/jobs/:id/result").handler(results::result);
    router.get("/health/live").handler(health::live);
    router.get("/health/ready").handler(health::ready);
    EventBusBridge.mount(vertx, router);
    router.route("/api/*").handler(ctx -> ctx.fail(new ApiException(ErrorCode.JOB_NOT_FOUND, "no such endpoint")));
    router.route(HttpMethod.GET, "/*").handler(StaticHandler.create("webroot").setCachingEnabled(false));

    router.route().failureHandler(new FailureHandler());
    return router;
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
