package dev.docket.convert;

/**
 * Limits a converter enforces so that a hostile document fails its job with
 * {@link dev.docket.job.ErrorCode#DOCUMENT_TOO_LARGE} instead of exhausting the worker.
 *
 * @param maxPages most pages (slides) one output may have
 * @param maxUncompressedBytes most bytes one zip entry of an OOXML package may inflate to
 * @param minInflateRatio smallest compressed/uncompressed ratio accepted for a zip entry
 *     (POI's {@code ZipSecureFile.setMinInflateRatio}; zip bombs have tiny ratios)
 */
public record ConversionLimits(int maxPages, long maxUncompressedBytes, double minInflateRatio) {
  /** 2,000 pages, 1 GiB per entry, POI's default ratio of 0.01. */
  public static final ConversionLimits DEFAULTS = new ConversionLimits(2_000, 1L << 30, 0.01);
}
