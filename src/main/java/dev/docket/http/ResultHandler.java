package dev.docket.http;

import dev.docket.job.ErrorCode;
import dev.docket.job.Job;
import dev.docket.job.JobState;
import dev.docket.queue.JobQueue;
import dev.docket.storage.BlobStore;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/jobs/{id}/result}: streams the result file (zero-copy {@code sendFile}) with its media
 * type and a {@code Content-Disposition} naming the original base name with the target's extension
 * (RFC 6266: an ASCII {@code filename} plus a UTF-8 {@code filename*}). 409 until the job completed.
 */
final class ResultHandler {
  private final JobQueue queue;
  private final BlobStore blobs;

  ResultHandler(JobQueue queue, BlobStore blobs) {
    this.queue = queue;
    this.blobs = blobs;
  }

  void result(RoutingContext ctx) {
    JobHandler.load(queue, ctx.pathParam("id")).onSuccess(job -> {
      if (job.state() != JobState.COMPLETED || job.resultKey() == null) {
        ctx.fail(new ApiException(ErrorCode.JOB_NOT_FINISHED, "the job is " + job.state().wireName() + ", not completed"));
        return;
      }
      ctx.response()
          .putHeader(HttpHeaders.CONTENT_TYPE, job.resultType())
          .putHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(resultName(job)))
          .sendFile(blobs.path(job.resultKey()).toString())
          .onFailure(ctx::fail);
    }).onFailure(ctx::fail);
  }

  /** {@code GET /api/jobs/{id}/thumbnail}: the first page as PNG (max edge 320 px); 409 until completed, 404 if none. */
  void thumbnail(RoutingContext ctx) {
    JobHandler.load(queue, ctx.pathParam("id")).onSuccess(job -> {
      if (job.state() != JobState.COMPLETED) {
        ctx.fail(new ApiException(ErrorCode.JOB_NOT_FINISHED, "the job is " + job.state().wireName() + ", not completed"));
        return;
      }
      String file = blobs.path(BlobStore.key(job.id(), THUMBNAIL)).toString();
      ctx.vertx().fileSystem().exists(file).onSuccess(exists -> {
        if (!exists) {
          ctx.fail(new ApiException(ErrorCode.JOB_NOT_FOUND, "this job has no thumbnail"));
          return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "image/png").sendFile(file).onFailure(ctx::fail);
      }).onFailure(ctx::fail);
    }).onFailure(ctx::fail);
  }

  /** Blob name of a job's thumbnail (written by the worker). */
  static final String THUMBNAIL = "thumbnail.png";

  /** {@code deck.pptx} → {@code deck.pdf} (or {@code deck.zip} for PNG pages): the result key's extension. */
  static String resultName(Job job) {
    String name = job.inputName() == null ? "document" : job.inputName();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    String key = job.resultKey();
    return base + key.substring(key.lastIndexOf('.'));
  }

  static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
