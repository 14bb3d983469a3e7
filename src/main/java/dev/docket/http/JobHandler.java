package dev.docket.http;

import dev.docket.job.ErrorCode;
import dev.docket.job.Job;
import dev.docket.job.JobIds;
import dev.docket.queue.JobQueue;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /api/jobs/{id}}: the job's status JSON (see {@link Job#toJson()}); 404 for unknown ids. */
final class JobHandler {
  private final JobQueue queue;

  JobHandler(JobQueue queue) {
    this.queue = queue;
  }

  void status(RoutingContext ctx) {
    load(queue, ctx.pathParam("id"))
        .onSuccess(job -> ctx.response()
            .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
            .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
            .end(job.toJson().encode()))
        .onFailure(ctx::fail);
  }

  /** Loads a job, failing with JOB_NOT_FOUND for malformed or unknown ids and SERVICE_UNAVAILABLE when Redis is down. */
  static Future<Job> load(JobQueue queue, String id) {
    if (!JobIds.isWellFormed(id)) {
      return Future.failedFuture(new ApiException(ErrorCode.JOB_NOT_FOUND, "no job with id " + id));
    }
    return queue.find(id)
        .recover(err -> Future.failedFuture(
            new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "the job store is unavailable; try again shortly")))
        .compose(found -> found.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(
            new ApiException(ErrorCode.JOB_NOT_FOUND, "no job with id " + id))));
  }
}
