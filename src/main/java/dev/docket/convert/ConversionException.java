package dev.docket.convert;

import dev.docket.job.ErrorCode;

/**
 * A conversion failed for a reason Docket can name. The {@link #code()} is stored on the failed job;
 * the message is shown to users, so it says what is wrong with the document in plain words.
 */
public class ConversionException extends Exception {
  private final ErrorCode code;

  public ConversionException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ConversionException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** The stable error code recorded on the job. */
  public ErrorCode code() {
    return code;
  }
}
