package dev.docket.convert;

import dev.docket.job.ErrorCode;
import java.io.EOFException;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.hslf.exceptions.CorruptPowerPointFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.util.RecordFormatException;
import org.apache.xmlbeans.XmlException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Turns whatever a conversion threw into a {@link ConversionException} with a stable code and a
 * message a person understands ("The presentation is damaged: ..."). The whole cause chain is
 * searched, because POI and pdfbox-graphics2d wrap the original failure.
 *
 * <ul>
 *   <li>{@link ConversionException} (also {@link ConversionCancelledException}): returned untouched.
 *   <li>POI's {@link EncryptedDocumentException}: ENCRYPTED_DOCUMENT.
 *   <li>{@link OldFileFormatException} (PowerPoint 95 and older): UNSUPPORTED_FORMAT.
 *   <li>POI's zip-bomb guards (inflate ratio, entry size, entry count) and {@link OutOfMemoryError}:
 *       DOCUMENT_TOO_LARGE.
 *   <li>Malformed containers, records and XML, and {@link StackOverflowError} (absurd nesting):
 *       CORRUPT_DOCUMENT; so is any exception while the file is opened, and a runtime exception
 *       (index, null, cast, argument) thrown from POI's parsing code while drawing.
 *   <li>Anything else while drawing or saving: CONVERSION_FAILED.
 * </ul>
 */
public final class FailureClassifier {
  private static final Logger LOG = LoggerFactory.getLogger(FailureClassifier.class);
  /** Where POI reads bytes or XML; a runtime exception thrown from here means bad input. */
  private static final Set<String> PARSING_PACKAGES = Set.of("org.apache.poi.hslf.", "org.apache.poi.poifs.",
      "org.apache.poi.util.", "org.apache.poi.openxml4j.", "org.apache.poi.ooxml.", "org.apache.poi.ddf.",
      "org.apache.poi.hwmf.", "org.apache.poi.hemf.", "org.apache.poi.xslf.usermodel.", "org.apache.xmlbeans.",
      "org.apache.poi.sl.image.", "org.apache.poi.sl.usermodel.", "org.apache.poi.xssf.model.",
      "org.apache.poi.xssf.usermodel.", "org.apache.poi.ss.usermodel.", "org.apache.poi.ss.util.",
      "org.apache.poi.xddf.usermodel.");

  /** When the failure happened. */
  public enum Phase {
    /** Opening and parsing the document. */
    OPEN,
    /** Drawing pages. */
    DRAW,
    /** Writing the output. */
    SAVE
  }

  /** Longest technical detail appended to a user-facing message. */
  static final int MAX_DETAIL_CHARS = 160;

  private FailureClassifier() {}

  /**
   * As {@link #classify}, after rethrowing the JVM's own fatal errors ({@link VirtualMachineError}s other
   * than {@link OutOfMemoryError} and {@link StackOverflowError}, which a bad document can cause and
   * which fail only its job). The converters' catch-all.
   */
  public static ConversionException classifyOrRethrow(Throwable failure, Phase phase, String noun) {
    if (failure instanceof VirtualMachineError vme && !(failure instanceof OutOfMemoryError)
        && !(failure instanceof StackOverflowError)) {
      throw vme;
    }
    return classify(failure, phase, noun);
  }

  /**
   * @param failure what was thrown
   * @param phase when
   * @param noun what the document is called in messages, e.g. "presentation"
   * @return the exception to throw; never null
   */
  public static ConversionException classify(Throwable failure, Phase phase, String noun) {
    String subject = "The " + noun;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConversionException known) {
        return known;
      }
      if (t instanceof EncryptedDocumentException) {
        // No detail: POI's message names its own API for setting a password, which helps nobody here.
        LOG.debug("ENCRYPTED_DOCUMENT: {}", describe(t));
        return new ConversionException(ErrorCode.ENCRYPTED_DOCUMENT,
            subject + " is password-protected; remove the password and upload it again", t);
      }
      if (t instanceof OldFileFormatException) {
        return fail(ErrorCode.UNSUPPORTED_FORMAT,
            subject + " is in a format too old to convert (PowerPoint 95 or earlier)", t);
      }
      if (isZipBomb(t)) {
        return fail(ErrorCode.DOCUMENT_TOO_LARGE,
            subject + " unpacks to more data than allowed" + zipLimitName(t.getMessage()), t);
      }
      if (t instanceof OutOfMemoryError) {
        return fail(ErrorCode.DOCUMENT_TOO_LARGE, subject + " needs more memory than a worker has", t);
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (isMalformedInput(t)) {
        return fail(ErrorCode.CORRUPT_DOCUMENT, subject + " is damaged", t);
      }
    }
    if (phase == Phase.OPEN || thrownWhileParsing(failure)) {
      return fail(ErrorCode.CORRUPT_DOCUMENT, subject + " is damaged", failure);
    }
    LOG.warn("unexpected conversion failure while {}", phase.name().toLowerCase(Locale.ROOT), failure);
    return new ConversionException(ErrorCode.CONVERSION_FAILED,
        "Converting the " + noun + " failed unexpectedly (" + shorten(describe(failure)) + ")", failure);
  }

  private static boolean isZipBomb(Throwable t) {
    String message = t.getMessage();
    return message != null && (message.contains("Zip bomb detected")
        || message.contains("potentially malicious"));
  }

  /** Names the {@link ConversionLimits} component behind POI's zip guard, for the message. */
  private static String zipLimitName(String message) {
    if (message.contains("MAX_FILE_COUNT")) {
      return " by maxZipEntries";
    }
    if (message.contains("max. ratio")) {
      return " by minInflateRatio";
    }
    return message.contains("max size") ? " by maxUncompressedBytes" : "";
  }

  private static boolean isMalformedInput(Throwable t) {
    return t instanceof UnsupportedFileFormatException || t instanceof POIXMLException
        || t instanceof RecordFormatException || t instanceof ZipException || t instanceof EOFException
        || t instanceof OpenXML4JException || t instanceof OpenXML4JRuntimeException
        || t instanceof NotOLE2FileException || t instanceof CorruptPowerPointFileException
        || t instanceof XmlException || t instanceof SAXException || t instanceof XMLStreamException
        || t instanceof StackOverflowError;
  }

  /** A bug-like runtime exception whose first non-JDK frame is in POI's parsing code. */
  private static boolean thrownWhileParsing(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (!(root instanceof IllegalArgumentException || root instanceof IndexOutOfBoundsException
        || root instanceof NullPointerException || root instanceof ClassCastException
        || root instanceof IllegalStateException || root instanceof ArithmeticException
        || root instanceof NegativeArraySizeException)) {
      return false;
    }
    for (StackTraceElement frame : root.getStackTrace()) {
      String cls = frame.getClassName();
      if (cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.")) {
        continue;
      }
      return PARSING_PACKAGES.stream().anyMatch(cls::startsWith);
    }
    return false;
  }

  private static ConversionException fail(ErrorCode code, String message, Throwable cause) {
    LOG.debug("{}: {}", code, describe(cause));
    return new ConversionException(code, message + " (" + shorten(describe(cause)) + ")", cause);
  }

  /** Keeps user-facing detail to one short line; the full cause is in the log. */
  static String shorten(String detail) {
    String line = detail.replaceAll("\\s+", " ");
    return line.length() <= MAX_DETAIL_CHARS ? line : line.substring(0, MAX_DETAIL_CHARS - 1) + "…";
  }

  /** "SimpleName: message" of the given throwable, for user-facing messages. */
  static String describe(Throwable t) {
    String message = t.getMessage();
    String name = t.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + ": " + message.strip();
  }
}
