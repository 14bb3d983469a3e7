package dev.docket.convert;

/**
 * One conversion Docket offers: the converter and what its output is.
 *
 * @param converter does the work
 * @param mediaType media type of the output file, e.g. {@code application/pdf} or {@code application/zip}
 * @param extension file extension of the output without the dot, e.g. {@code pdf} or {@code zip}
 */
public record Conversion(Converter converter, String mediaType, String extension) {
  /** A conversion producing one PDF. */
  public static Conversion toPdf(Converter converter) {
    return new Conversion(converter, "application/pdf", "pdf");
  }

  /** A conversion producing a zip of PNG pages ({@code page-0001.png}, ...). */
  public static Conversion toPngZip(Converter converter) {
    return new Conversion(converter, "application/zip", "zip");
  }
}
