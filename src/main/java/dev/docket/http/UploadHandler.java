package dev.docket.http;

import dev.docket.convert.Converters;
import dev.docket.convert.DocumentType;
import dev.docket.job.ErrorCode;
import dev.docket.job.JobIds;
import dev.docket.queue.JobQueue;
import dev.docket.queue.NewJob;
import dev.docket.queue.NotReplicatedException;
import dev.docket.storage.BlobStore;
import dev.docket.webhook.CallbackUrls;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/jobs}: runs after vertx-web's {@code BodyHandler} has streamed the multipart file to a
 * server-named file on disk (never the heap; 413 at the limit; partial files removed when the client
 * aborts). Sniffs the type from the bytes (415 when Docket cannot convert it), moves the file into the
 * blob store, enqueues the job with one script, and answers {@code 202 Accepted} with
 * {@code Location: /api/jobs/{id}} and {@code {id, state, links{self, result, events}}}.
 *
 * <p>When Redis is unreachable the stored upload is removed again and the client gets {@code 503} with
 * {@code Retry-After}: a job is either acknowledged and queued, or not accepted at all. With
 * {@code DOCKET_REDIS_MIN_REPLICAS > 0}, a job written to the master but confirmed by too few replicas in
 * time is answered {@code 503 NOT_REPLICATED} with {@code Retry-After}; its upload is kept, because the job
 * stays queued and runs if the master survives (a retry with the same Idempotency-Key then names it).
 *
 * <p>An {@code Idempotency-Key} header (1-200 visible ASCII characters) makes retries of a submission
 * safe: the same key with the same bytes within 24 h answers {@code 200} with the original job and
 * stores nothing; the same key with different bytes answers {@code 422 IDEMPOTENCY_CONFLICT}.
 *
 * <p>An optional {@code callbackUrl} field asks for a signed webhook when the job completes or fails for
 * good: it must be an absolute http/https URL of at most 2048 characters ({@code 400 INVALID_CALLBACK_URL}),
 * and the server must have a signing secret ({@code 400 WEBHOOKS_NOT_CONFIGURED} otherwise: Docket never
 * sends unsigned webhooks).
 */
final class UploadHandler implements Handler<RoutingContext> {
  /** Multipart field carrying the document. */
  static final String FILE_FIELD = "file";
  /** Optional multipart field naming the output format. */
  static final String TARGET_FIELD = "target";
  static final String DEFAULT_TARGET = "pdf";
  /** Optional multipart field: where to POST the job's webhook messages. */
  static final String CALLBACK_FIELD = "callbackUrl";
  private static final Logger LOG = LoggerFactory.getLogger(UploadHandler.class);

  /** Header naming a client-chosen key that makes a submission idempotent. */
  static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
  private static final java.util.regex.Pattern IDEMPOTENCY_KEY = java.util.regex.Pattern.compile("[\\x21-\\x7e]{1,200}");

  private final Vertx vertx;
  private final JobQueue queue;
  private final BlobStore blobs;
  private final int maxAttempts;
  private final boolean webhooksEnabled;
  private final dev.docket.metrics.DocketMetrics metrics;

  UploadHandler(Vertx vertx, JobQueue queue, BlobStore blobs, int maxAttempts, boolean webhooksEnabled,
      dev.docket.metrics.DocketMetrics metrics) {
    this.webhooksEnabled = webhooksEnabled;
    this.metrics = metrics;
    this.vertx = vertx;
    this.queue = queue;
    this.blobs = blobs;
    this.maxAttempts = maxAttempts;
  }

  @Override
  public void handle(RoutingContext ctx) {
    FileUpload upload = ctx.fileUploads().stream()
        .filter(u -> FILE_FIELD.equals(u.name())).findFirst().orElse(null);
    if (upload == null) {
      ctx.fail(new ApiException(ErrorCode.BAD_REQUEST, "multipart field '" + FILE_FIELD + "' with the document is required"));
      return;
    }
    String target = targetOf(ctx);
    String callbackUrl = callbackOf(ctx);
    String key = ctx.request().getHeader(IDEMPOTENCY_HEADER);
    if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
      ctx.fail(new ApiException(ErrorCode.BAD_REQUEST, IDEMPOTENCY_HEADER + " must be 1-200 visible ASCII characters"));
      return;
    }
    String id = JobIds.newId();
    String inputKey = BlobStore.key(id, "input");
    Path uploaded = Path.of(upload.uploadedFileName());
    vertx.executeBlocking(() -> new Stored(storeInput(uploaded, inputKey, target),
            key == null ? "" : ContentHash.sha256(blobs.path(inputKey))), false)
        .compose(stored -> queue.enqueue(new NewJob(id, target, baseName(upload.fileName()), wireName(stored.type()),
                upload.size(), inputKey, callbackUrl), maxAttempts, key, stored.hash())
            .recover(err -> discard(id, err)))
        .compose(result -> switch (result.outcome()) {
          case CREATED -> {
            metrics.uploaded(upload.size());
            accepted(ctx, id);
            yield Future.<Void>succeededFuture();
          }
          case DUPLICATE -> discardQuietly(id).compose(v -> JobHandler.load(queue, result.jobId())).map(job -> {
            ctx.response().setStatusCode(200).putHeader(HttpHeaders.LOCATION, "/api/jobs/" + job.id())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(job.toJson().encode());
            return null;
          });
          case CONFLICT -> discardQuietly(id).compose(v -> Future.failedFuture(new ApiException(
              ErrorCode.IDEMPOTENCY_CONFLICT, IDEMPOTENCY_HEADER + " was used before with a different file (job "
              + result.jobId() + ")")));
        })
        .onFailure(ctx::fail);
  }

  /** The sniffed type and content hash of a stored upload. */
  private record Stored(DocumentType type, String hash) {
  }

  /** Removes the blob of a submission that turned out to repeat an earlier one. */
  private Future<Void> discardQuietly(String id) {
    return vertx.executeBlocking(() -> {
      blobs.deleteJob(id);
      return null;
    }, false);
  }

  /** Blocking: sniff the upload, refuse what cannot be converted, move it into the store. */
  private DocumentType storeInput(Path uploaded, String inputKey, String target) throws Exception {
    DocumentType type = DocumentType.sniff(uploaded).orElseThrow(() -> new ApiException(
        ErrorCode.UNSUPPORTED_FORMAT, "the file is not a document type Docket can convert"));
    if (Converters.find(type, target).isEmpty()) {
      if (!Converters.targetsFor(type).isEmpty() && type != DocumentType.ENCRYPTED_OOXML) {
        throw new ApiException(ErrorCode.UNSUPPORTED_TARGET,
            "Docket converts " + wireName(type) + " to " + Converters.targetsFor(type) + ", not to " + target);
      }
      throw new ApiException(ErrorCode.UNSUPPORTED_FORMAT, "Docket cannot convert " + wireName(type) + " files");
    }
    blobs.moveIn(uploaded, inputKey);
    return type;
  }

  private Future<dev.docket.queue.EnqueueResult> discard(String id, Throwable err) {
    if (err instanceof NotReplicatedException notReplicated) {
      LOG.warn("job={} not acknowledged: {}", id, notReplicated.getMessage());
      boolean created = notReplicated.result().outcome() == dev.docket.queue.EnqueueResult.Outcome.CREATED;
      // a created job keeps its upload (it may run); a repeat wrote nothing for this id
      return (created ? Future.<Void>succeededFuture() : discardQuietly(id)).transform(ignored -> Future.failedFuture(
          new ApiException(ErrorCode.NOT_REPLICATED, "the job is not yet copied to enough Redis replicas; it may "
              + "still run: retry with the same Idempotency-Key to learn its fate without submitting it twice")));
    }
    LOG.warn("job={} not accepted, Redis unavailable: {}", id, err.getMessage());
    return vertx.executeBlocking(() -> {
      blobs.deleteJob(id);
      return null;
    }, false).transform(ignored -> Future.failedFuture(
        new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "the job store is unavailable; try again shortly")));
  }

  private static void accepted(RoutingContext ctx, String id) {
    String self = "/api/jobs/" + id;
    JsonObject body = new JsonObject()
        .put("id", id)
        .put("state", "queued")
        .put("links", new JsonObject()
            .put("self", self)
            .put("result", self + "/result")
            .put("events", "jobs." + id));
    ctx.response()
        .setStatusCode(202)
        .putHeader(HttpHeaders.LOCATION, self)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .end(body.encode());
  }

  private static String targetOf(RoutingContext ctx) {
    String target = ctx.request().getFormAttribute(TARGET_FIELD);
    if (target == null || target.isBlank()) {
      return DEFAULT_TARGET;
    }
    String t = target.trim().toLowerCase(Locale.ROOT);
    if (!Converters.isKnownTarget(t)) {
      throw new ApiException(ErrorCode.UNSUPPORTED_TARGET, "unknown target '" + target.trim() + "' (try pdf)");
    }
    return t;
  }

  /** The validated callback URL, or null when the client gave none. */
  private String callbackOf(RoutingContext ctx) {
    String raw = ctx.request().getFormAttribute(CALLBACK_FIELD);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (!webhooksEnabled) {
      throw new ApiException(ErrorCode.WEBHOOKS_NOT_CONFIGURED,
          "this server sends no webhooks (DOCKET_WEBHOOK_SECRET is not set); submit without callbackUrl");
    }
    try {
      return CallbackUrls.parse(raw).toString();
    } catch (IllegalArgumentException e) {
      throw new ApiException(ErrorCode.INVALID_CALLBACK_URL, e.getMessage());
    }
  }

  /** The wire name of a type ({@code pptx}). */
  static String wireName(DocumentType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  /** The client's file name without any directory part, or {@code document} when it gave none. */
  static String baseName(String fileName) {
    if (fileName == null) {
      return "document";
    }
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
    return name.isEmpty() ? "document" : name;
  }
}
