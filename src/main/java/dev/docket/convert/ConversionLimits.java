package dev.docket.convert;

/**
 * Limits a converter enforces so that a hostile document fails its job with
 * {@link dev.docket.job.ErrorCode#DOCUMENT_TOO_LARGE} instead of exhausting the worker. Every
 * message of such a failure names the limit it hit by its component name (e.g. {@code maxCells}),
 * so an operator knows which one to raise.
 *
 * @param maxPages most pages one output may have: slides, sheet pages, image frames, or PDF pages
 *     rendered to PNG
 * @param maxUncompressedBytes most bytes one zip entry (part) of an OOXML package may inflate to
 *     (POI's {@code ZipSecureFile.setMaxEntrySize}); together with {@code maxZipEntries} this bounds
 *     the decompressed size of a package
 * @param minInflateRatio smallest compressed/uncompressed ratio accepted for a zip entry
 *     (POI's {@code ZipSecureFile.setMinInflateRatio}; zip bombs have tiny ratios)
 * @param maxZipEntries most entries (parts) one OOXML package may have
 *     (POI's {@code ZipSecureFile.setMaxFileCount})
 * @param maxImagePixels most pixels (width × height) of one image that becomes a page, read from
 *     the image header before anything is decoded
 * @param maxCells most cells (elements {@code <c>}) in the worksheets of one spreadsheet (hidden
 *     ones too: POI loads them all), counted by streaming the sheet parts before the workbook is
 *     loaded into memory
 * @param maxTextChars most characters of cell text in the worksheets of one spreadsheet, a shared
 *     string counted at every cell that uses it (a small file can repeat one huge string in every
 *     cell)
 */
public record ConversionLimits(int maxPages, long maxUncompressedBytes, double minInflateRatio,
    int maxZipEntries, long maxImagePixels, long maxCells, long maxTextChars) {

  /**
   * 2,000 pages, 1 GiB per entry, POI's ratio of 0.01, 10,000 entries, 100 megapixels, 300,000
   * cells (POI's model of a workbook takes about 0.7 KB per cell: some 200 MB), 20,000,000
   * characters of cell text.
   */
  public static final ConversionLimits DEFAULTS = new ConversionLimits(2_000, 1L << 30, 0.01,
      10_000, 100_000_000L, 300_000L, 20_000_000L);

  /** These limits with another {@link #maxPages()}. */
  public ConversionLimits withMaxPages(int value) {
    return new ConversionLimits(value, maxUncompressedBytes, minInflateRatio, maxZipEntries,
        maxImagePixels, maxCells, maxTextChars);
  }

  /** These limits with another {@link #maxUncompressedBytes()}. */
  public ConversionLimits withMaxUncompressedBytes(long value) {
    return new ConversionLimits(maxPages, value, minInflateRatio, maxZipEntries, maxImagePixels,
        maxCells, maxTextChars);
  }

  /** These limits with another {@link #maxZipEntries()}. */
  public ConversionLimits withMaxZipEntries(int value) {
    return new ConversionLimits(maxPages, maxUncompressedBytes, minInflateRatio, value,
        maxImagePixels, maxCells, maxTextChars);
  }

  /** These limits with another {@link #maxImagePixels()}. */
  public ConversionLimits withMaxImagePixels(long value) {
    return new ConversionLimits(maxPages, maxUncompressedBytes, minInflateRatio, maxZipEntries,
        value, maxCells, maxTextChars);
  }

  /** These limits with another {@link #maxCells()}. */
  public ConversionLimits withMaxCells(long value) {
    return new ConversionLimits(maxPages, maxUncompressedBytes, minInflateRatio, maxZipEntries,
        maxImagePixels, value, maxTextChars);
  }

  /** These limits with another {@link #maxTextChars()}. */
  public ConversionLimits withMaxTextChars(long value) {
    return new ConversionLimits(maxPages, maxUncompressedBytes, minInflateRatio, maxZipEntries,
        maxImagePixels, maxCells, value);
  }

  /**
   * Sets POI's process-wide zip guards ({@code ZipSecureFile}) to these limits. Every job sets the same
   * configured values, so concurrent conversions do not disturb each other.
   */
  public void applyZipGuards() {
    org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(minInflateRatio);
    org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(maxUncompressedBytes);
    org.apache.poi.openxml4j.util.ZipSecureFile.setMaxFileCount(maxZipEntries);
  }
}
