package dev.docket.convert;

import java.nio.file.Path;

/**
 * Turns one input document into one output file. Implementations are plain Java (no Vert.x), run on a
 * worker thread, and may block. They report progress per page through the context and call
 * {@link ConversionContext#checkpoint()} between pages.
 */
public interface Converter {
  /**
   * @param input the document, read-only
   * @param output where to write the result; the caller deletes it when this throws
   * @param context progress, cancellation and limits
   * @return pages written
   * @throws ConversionException with a stable code for every failure Docket can name (corrupt,
   *     encrypted, too large, cancelled); other runtime exceptions are treated as CONVERSION_FAILED
   */
  int convert(Path input, Path output, ConversionContext context) throws ConversionException;
}
