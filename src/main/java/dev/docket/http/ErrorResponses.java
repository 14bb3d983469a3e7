package dev.docket.http;

import dev.docket.job.ErrorCode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** The one place that writes error bodies: {@code {"error":{"code","message"}}} with the code's HTTP status. */
final class ErrorResponses {
  /** Seconds a client should wait before retrying when Redis is unavailable or a submission was not replicated. */
  static final int RETRY_AFTER_SECONDS = 5;

  private ErrorResponses() {
  }

  static void send(HttpServerResponse response, ErrorCode code, String message) {
    if (response.ended() || response.headWritten()) {
      return;
    }
    response.setStatusCode(code.httpStatus()).putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
    if (code == ErrorCode.SERVICE_UNAVAILABLE || code == ErrorCode.NOT_REPLICATED) {
      response.putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
    }
    response.end(new JsonObject()
        .put("error", new JsonObject().put("code", code.name()).put("message", message))
        .encode());
  }
}
