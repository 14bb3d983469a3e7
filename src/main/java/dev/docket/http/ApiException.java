package dev.docket.http;

import dev.docket.job.ErrorCode;

/** A request failed for a reason the API names: answered as {@code {"error":{"code","message"}}} with the code's status. */
public final class ApiException extends RuntimeException {
  private final ErrorCode code;

  public ApiException(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
