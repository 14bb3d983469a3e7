package dev.docket.convert.pdf;

import dev.docket.convert.ConversionException;
import dev.docket.job.ErrorCode;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens PDFs for reading with PDFBox, buffering in temporary files rather than the heap, and turns
 * PDFBox's failures into stable codes: a PDF that needs a password is ENCRYPTED_DOCUMENT, one
 * PDFBox cannot parse is CORRUPT_DOCUMENT. (A PDF encrypted with an owner password only opens:
 * anyone can view it.)
 */
final class PdfFiles {
  private PdfFiles() {}

  static PDDocument open(Path file) throws ConversionException {
    try {
      return Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
    } catch (InvalidPasswordException e) {
      throw new ConversionException(ErrorCode.ENCRYPTED_DOCUMENT,
          "The PDF is password-protected; remove the password and upload it again", e);
    } catch (IOException | RuntimeException e) {
      throw damaged(e);
    } catch (StackOverflowError e) {
      throw damaged(e);
    }
  }

  /** CORRUPT_DOCUMENT with the cause in one short line. */
  static ConversionException damaged(Throwable cause) {
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName()
        : cause.getClass().getSimpleName() + ": " + cause.getMessage().strip().replaceAll("\\s+", " ");
    if (detail.length() > 160) {
      detail = detail.substring(0, 159) + "…";
    }
    return new ConversionException(ErrorCode.CORRUPT_DOCUMENT, "The PDF is damaged (" + detail + ")",
        cause);
  }
}
