package dev.docket.convert;

import dev.docket.job.ErrorCode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of conversions Docket offers: which {@link Converter} turns an input type into a
 * target format. Today: pptx and ppt to {@code pdf}. Encrypted OOXML packages are accepted too, and
 * their converter fails at once with ENCRYPTED_DOCUMENT, so such uploads get a job that fails with a
 * precise code. Everything else has no converter (the HTTP layer answers 415).
 */
public final class Converters {
  /** The target format name for PDF output. */
  public static final String PDF = "pdf";

  private static final Converter ENCRYPTED = (input, output, context) -> {
    throw new ConversionException(ErrorCode.ENCRYPTED_DOCUMENT,
        "The document is password-protected (an encrypted Office package) and cannot be converted");
  };

  private static final Map<DocumentType, Converter> TO_PDF = Map.of(
      DocumentType.PPTX, new SlideShowToPdf(DocumentType.PPTX),
      DocumentType.PPT, new SlideShowToPdf(DocumentType.PPT),
      DocumentType.ENCRYPTED_OOXML, ENCRYPTED);

  private Converters() {}

  /**
   * @param input the sniffed input type
   * @param target the wanted output format, e.g. {@code "pdf"} (case-insensitive)
   * @return the converter, or empty when the conversion is not offered
   */
  public static Optional<Converter> find(DocumentType input, String target) {
    if (input == null || target == null || !PDF.equals(target.trim().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.ofNullable(TO_PDF.get(input));
  }
}
