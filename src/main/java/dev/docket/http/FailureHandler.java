package dev.docket.http;

import dev.docket.job.ErrorCode;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failed route into a JSON error: {@link ApiException}s keep their code; bare status codes
 * from vertx-web handlers (413 from the body limit, 400 from a broken multipart body, 404) get theirs;
 * anything else is logged and answered 500 without internals.
 */
final class FailureHandler implements Handler<RoutingContext> {
  private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

  @Override
  public void handle(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure instanceof ApiException api) {
      ErrorResponses.send(ctx.response(), api.code(), api.getMessage());
      return;
    }
    int status = ctx.statusCode();
    switch (status) {
      case 413 -> {
        // Do not read the rest of an oversized body: answer and close the connection.
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        ErrorResponses.send(ctx.response(), ErrorCode.PAYLOAD_TOO_LARGE, "the upload is larger than the limit");
      }
      case 400 -> ErrorResponses.send(ctx.response(), ErrorCode.BAD_REQUEST,
          "malformed request" + (failure == null ? "" : ": " + failure.getMessage()));
      case 404 -> ErrorResponses.send(ctx.response(), ErrorCode.JOB_NOT_FOUND, "not found");
      default -> {
        if (ctx.request().isEnded() || !isClientAbort(failure)) {
          LOG.error("request {} {} failed (status {})", ctx.request().method(), ctx.request().path(), status, failure);
        }
        ErrorResponses.send(ctx.response(), ErrorCode.INTERNAL_ERROR, "internal error");
      }
    }
  }

  private static boolean isClientAbort(Throwable failure) {
    return failure != null && failure.getClass().getSimpleName().contains("Closed");
  }
}
