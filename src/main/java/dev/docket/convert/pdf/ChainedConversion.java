package dev.docket.convert.pdf;

import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.convert.Converter;
import dev.docket.job.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two converters in a row through a temporary PDF, e.g. a presentation to PDF and that PDF to
 * PNG pages. Progress runs over both halves: a document of N pages reports 1..N of 2N while the
 * first converter works and N+1..2N while the second does. The temporary file sits beside the
 * output (the caller's working directory) and is always deleted.
 */
public final class ChainedConversion implements Converter {
  private final Converter first;
  private final Converter second;

  /**
   * @param first writes the intermediate PDF
   * @param second turns the intermediate PDF into the output
   */
  public ChainedConversion(Converter first, Converter second) {
    this.first = first;
    this.second = second;
  }

  @Override
  public int convert(Path input, Path output, ConversionContext context) throws ConversionException {
    Path intermediate = null;
    try {
      Path dir = output.toAbsolutePath().getParent();
      intermediate = Files.createTempFile(dir, "docket-chain-", ".pdf");
      ConversionContext firstHalf = new ConversionContext(
          (done, total) -> context.progress().onProgress(done, 2 * total),
          context.stopReason(), context.limits());
      int pages = first.convert(input, intermediate, firstHalf);
      ConversionContext secondHalf = new ConversionContext(
          (done, total) -> context.progress().onProgress(pages + done, pages + total),
          context.stopReason(), context.limits());
      return second.convert(intermediate, output, secondHalf);
    } catch (IOException e) {
      throw new ConversionException(ErrorCode.CONVERSION_FAILED,
          "Could not create a temporary file (" + e.getMessage() + ")", e);
    } finally {
      if (intermediate != null) {
        try {
          Files.deleteIfExists(intermediate);
        } catch (IOException e) {
          intermediate.toFile().deleteOnExit();
        }
      }
    }
  }
}
