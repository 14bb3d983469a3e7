package dev.docket.convert;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a converter gets besides its input and output: where to report progress, how to learn that it
 * must stop, and the limits it must enforce.
 *
 * @param progress called after every page
 * @param stopReason returns {@code null} while the job may go on, or a reason (cancelled, lease lost,
 *     timed out, shutting down) once it must stop; polled between pages by {@link #checkpoint()}
 * @param limits size limits enforced while reading the document
 */
public record ConversionContext(ProgressListener progress, Supplier<String> stopReason, ConversionLimits limits) {
  public ConversionContext {
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(stopReason, "stopReason");
    Objects.requireNonNull(limits, "limits");
  }

  /** A context that never stops, ignores progress and uses the default limits (tests, benchmarks). */
  public static ConversionContext unbounded() {
    return new ConversionContext(ProgressListener.NONE, () -> null, ConversionLimits.DEFAULTS);
  }

  /**
   * Called by converters between pages (and in any other long loop). Also honours thread
   * interruption, so a timed-out job stops at the next page.
   *
   * @throws ConversionCancelledException when the job must stop
   */
  public void checkpoint() throws ConversionCancelledException {
    String reason = stopReason.get();
    if (reason == null && Thread.currentThread().isInterrupted()) {
      reason = "interrupted";
    }
    if (reason != null) {
      throw new ConversionCancelledException(reason);
    }
  }
}
