package dev.docket.http;

import dev.docket.job.ErrorCode;
import dev.docket.job.Job;
import dev.docket.job.JobIds;
import dev.docket.queue.JobPage;
import dev.docket.queue.JobQueue;
import dev.docket.queue.Listing;
import dev.docket.queue.TransitionResult;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The job resource: {@code GET /api/jobs/{id}} (status; 404 unknown, 410 expired), {@code DELETE
 * /api/jobs/{id}} (cancel: 200 cancelled, 202 cancellation requested from its worker, 409 finished),
 * {@code POST /api/jobs/{id}/retry} (failed → queued with a fresh attempt budget; 409 otherwise) and
 * {@code GET /api/jobs?state=&offset=&limit=} (a page of a listing, see {@link Listing}).
 */
final class JobHandler {
  static final int DEFAULT_PAGE = 20;
  static final int MAX_PAGE = 500;

  private final JobQueue queue;
  private final int maxAttempts;

  JobHandler(JobQueue queue, int maxAttempts) {
    this.queue = queue;
    this.maxAttempts = maxAttempts;
  }

  void status(RoutingContext ctx) {
    load(queue, ctx.pathParam("id")).onSuccess(job -> json(ctx, 200, job.toJson())).onFailure(ctx::fail);
  }

  /** {@code DELETE /api/jobs/{id}?purge=true} (operator): deletes a finished job and its files; 204. */
  void purge(RoutingContext ctx, dev.docket.storage.BlobStore blobs) {
    String id = ctx.pathParam("id");
    load(queue, id)
        .compose(job -> unavailableIfDown(queue.purge(id)))
        .compose(result -> result == TransitionResult.APPLIED
            ? ctx.vertx().executeBlocking(() -> {
              blobs.deleteJob(id);
              return null;
            }, false)
            : Future.failedFuture(new ApiException(ErrorCode.JOB_STATE_CONFLICT,
                "only finished jobs can be deleted; cancel it first")))
        .onSuccess(v -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  void cancel(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    load(queue, id)
        .compose(job -> unavailableIfDown(queue.cancel(id)))
        .compose(result -> switch (result) {
          case APPLIED, CANCEL_REQUESTED -> load(queue, id).map(job -> {
            json(ctx, result == TransitionResult.APPLIED ? 200 : 202, job.toJson());
            return null;
          });
          case WRONG_STATE -> Future.failedFuture(new ApiException(ErrorCode.JOB_STATE_CONFLICT,
              "the job is finished and cannot be cancelled"));
          default -> Future.failedFuture(new ApiException(ErrorCode.JOB_NOT_FOUND, "no job with id " + id));
        })
        .onFailure(ctx::fail);
  }

  void retry(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    load(queue, id)
        .compose(job -> unavailableIfDown(queue.retry(id, maxAttempts)))
        .compose(result -> switch (result) {
          case APPLIED -> load(queue, id).map(job -> {
            json(ctx, 202, job.toJson());
            return null;
          });
          case WRONG_STATE -> Future.failedFuture(new ApiException(ErrorCode.JOB_STATE_CONFLICT,
              "only failed jobs can be retried"));
          default -> Future.failedFuture(new ApiException(ErrorCode.JOB_NOT_FOUND, "no job with id " + id));
        })
        .onFailure(ctx::fail);
  }

  void list(RoutingContext ctx) {
    Listing listing;
    int offset;
    int limit;
    try {
      listing = Listing.parse(ctx.queryParams().get("state") == null ? "failed" : ctx.queryParams().get("state"));
      offset = Math.max(0, Integer.parseInt(ctx.queryParams().get("offset") == null ? "0" : ctx.queryParams().get("offset")));
      limit = Integer.parseInt(ctx.queryParams().get("limit") == null ? "" + DEFAULT_PAGE : ctx.queryParams().get("limit"));
    } catch (IllegalArgumentException e) {
      ctx.fail(new ApiException(ErrorCode.BAD_REQUEST,
          "expected state=queued|delayed|active|completed|failed|cancelled, offset>=0, limit 1.." + MAX_PAGE));
      return;
    }
    if (limit < 1 || limit > MAX_PAGE) {
      ctx.fail(new ApiException(ErrorCode.BAD_REQUEST, "limit must be 1.." + MAX_PAGE));
      return;
    }
    unavailableIfDown(queue.list(listing, offset, limit))
        .onSuccess(page -> json(ctx, 200, pageJson(listing, page)))
        .onFailure(ctx::fail);
  }

  private static JsonObject pageJson(Listing listing, JobPage page) {
    JsonArray items = new JsonArray();
    page.jobs().forEach(j -> items.add(j.toJson()));
    return new JsonObject().put("state", listing.name().toLowerCase(java.util.Locale.ROOT)).put("items", items)
        .put("total", page.total()).put("offset", page.offset()).put("limit", page.limit());
  }

  /**
   * Loads a job, failing with JOB_NOT_FOUND for malformed or unknown ids, JOB_EXPIRED for jobs removed by
   * retention, and SERVICE_UNAVAILABLE when Redis is down.
   */
  static Future<Job> load(JobQueue queue, String id) {
    if (!JobIds.isWellFormed(id)) {
      return Future.failedFuture(new ApiException(ErrorCode.JOB_NOT_FOUND, "no job with id " + id));
    }
    return unavailableIfDown(queue.find(id)).compose(found -> found.isPresent()
        ? Future.succeededFuture(found.get())
        : unavailableIfDown(queue.isGone(id)).compose(gone -> Future.failedFuture(gone
            ? new ApiException(ErrorCode.JOB_EXPIRED, "job " + id + " and its result expired under the retention policy")
            : new ApiException(ErrorCode.JOB_NOT_FOUND, "no job with id " + id))));
  }

  /** Maps a failure to reach Redis to 503 SERVICE_UNAVAILABLE (with Retry-After). */
  static <T> Future<T> unavailableIfDown(Future<T> call) {
    return call.recover(err -> Future.failedFuture(err instanceof ApiException ? err
        : new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "the job store is unavailable; try again shortly")));
  }

  private static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(body.encode());
  }
}
