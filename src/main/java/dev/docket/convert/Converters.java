package dev.docket.convert;

import dev.docket.convert.docx.DocxToPdf;
import dev.docket.convert.image.ImageToPdf;
import dev.docket.convert.pdf.ChainedConversion;
import dev.docket.convert.pdf.PdfPassThrough;
import dev.docket.convert.pdf.PdfToPng;
import dev.docket.convert.xlsx.XlsxToPdf;
import dev.docket.job.ErrorCode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The registry of conversions Docket offers: for an input type and a target format ({@code pdf},
 * {@code png}), the {@link Conversion} to run. Encrypted OOXML packages are accepted too, and their
 * converter fails at once with ENCRYPTED_DOCUMENT, so such uploads get a job that fails with a precise
 * code. Anything not in {@link #table()} is not offered (the HTTP layer answers 415).
 */
public final class Converters {
  /** The target format name for PDF output. */
  public static final String PDF = "pdf";
  /** The target format name for PNG pages (a zip). */
  public static final String PNG = "png";

  private static final Converter ENCRYPTED = (input, output, context) -> {
    throw new ConversionException(ErrorCode.ENCRYPTED_DOCUMENT,
        "The document is password-protected (an encrypted Office package); remove the password and upload it again");
  };

  private static final Map<String, Map<DocumentType, Conversion>> TABLE = table();

  private Converters() {}

  /** Every offered conversion, one line each: target → input type → conversion. */
  private static Map<String, Map<DocumentType, Conversion>> table() {
    Map<DocumentType, Conversion> toPdf = new EnumMap<>(DocumentType.class);
    toPdf.put(DocumentType.PPTX, Conversion.toPdf(new SlideShowToPdf(DocumentType.PPTX)));
    toPdf.put(DocumentType.PPT, Conversion.toPdf(new SlideShowToPdf(DocumentType.PPT)));
    toPdf.put(DocumentType.ENCRYPTED_OOXML, Conversion.toPdf(ENCRYPTED));
    toPdf.put(DocumentType.XLSX, Conversion.toPdf(new XlsxToPdf()));
    toPdf.put(DocumentType.DOCX, Conversion.toPdf(new DocxToPdf()));
    toPdf.put(DocumentType.PNG, Conversion.toPdf(new ImageToPdf()));
    toPdf.put(DocumentType.JPEG, Conversion.toPdf(new ImageToPdf()));
    toPdf.put(DocumentType.GIF, Conversion.toPdf(new ImageToPdf()));
    toPdf.put(DocumentType.BMP, Conversion.toPdf(new ImageToPdf()));
    toPdf.put(DocumentType.TIFF, Conversion.toPdf(new ImageToPdf()));
    toPdf.put(DocumentType.PDF, Conversion.toPdf(new PdfPassThrough()));

    Map<DocumentType, Conversion> toPng = new EnumMap<>(DocumentType.class);
    toPng.put(DocumentType.ENCRYPTED_OOXML, Conversion.toPngZip(ENCRYPTED));
    toPng.put(DocumentType.PDF, Conversion.toPngZip(new PdfToPng()));
    // Office documents to PNG pages: their PDF conversion, then PdfToPng on that PDF
    Stream.of(DocumentType.PPTX, DocumentType.PPT, DocumentType.DOCX, DocumentType.XLSX)
        .filter(toPdf::containsKey)
        .forEach(t -> toPng.put(t, Conversion.toPngZip(
            new ChainedConversion(toPdf.get(t).converter(), new PdfToPng()))));
    return Map.of(PDF, Collections.unmodifiableMap(toPdf), PNG, Collections.unmodifiableMap(toPng));
  }

  /**
   * @param input the sniffed input type
   * @param target the wanted output format, e.g. {@code "pdf"} (case-insensitive)
   * @return the conversion, or empty when it is not offered
   */
  public static Optional<Conversion> find(DocumentType input, String target) {
    if (input == null || target == null) {
      return Optional.empty();
    }
    Map<DocumentType, Conversion> byInput = TABLE.get(target.trim().toLowerCase(Locale.ROOT));
    return byInput == null ? Optional.empty() : Optional.ofNullable(byInput.get(input));
  }

  /** True when some input type converts to this target. */
  public static boolean isKnownTarget(String target) {
    Map<DocumentType, Conversion> byInput = target == null ? null : TABLE.get(target.trim().toLowerCase(Locale.ROOT));
    return byInput != null && byInput.keySet().stream().anyMatch(t -> t != DocumentType.ENCRYPTED_OOXML);
  }

  /** The targets on offer for an input type, e.g. {@code [pdf]}. */
  public static Set<String> targetsFor(DocumentType input) {
    Set<String> targets = new TreeSet<>();
    TABLE.forEach((target, byInput) -> {
      if (byInput.containsKey(input)) {
        targets.add(target);
      }
    });
    return targets;
  }
}
