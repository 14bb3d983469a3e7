package dev.docket.convert;

import dev.docket.job.ErrorCode;

/** Thrown between pages when {@link ConversionContext#checkpoint()} sees that the job must stop. */
public final class ConversionCancelledException extends ConversionException {
  public ConversionCancelledException(String reason) {
    super(ErrorCode.CANCELLED, reason);
  }
}
