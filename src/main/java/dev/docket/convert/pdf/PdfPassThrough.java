package dev.docket.convert.pdf;

import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.convert.Converter;
import dev.docket.job.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * "Converts" a PDF to PDF: checks that PDFBox opens it (a damaged one fails with
 * CORRUPT_DOCUMENT, one needing a password with ENCRYPTED_DOCUMENT), then copies its bytes
 * unchanged. Returns its page count; more pages than {@code maxPages} is DOCUMENT_TOO_LARGE like
 * any other conversion.
 */
public final class PdfPassThrough implements Converter {
  @Override
  public int convert(Path input, Path output, ConversionContext context) throws ConversionException {
    context.checkpoint();
    int pages;
    try (PDDocument pdf = PdfFiles.open(input)) {
      pages = pdf.getNumberOfPages();
    } catch (IOException e) {
      throw PdfFiles.damaged(e);
    }
    if (pages > context.limits().maxPages()) {
      throw new ConversionException(ErrorCode.DOCUMENT_TOO_LARGE, "The PDF has " + pages
          + " pages, more than the limit of " + context.limits().maxPages() + " pages (maxPages)");
    }
    context.checkpoint();
    try {
      Files.copy(input, output, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new ConversionException(ErrorCode.CONVERSION_FAILED,
          "Copying the PDF failed (" + e.getMessage() + ")", e);
    }
    context.progress().onProgress(pages, pages);
    return pages;
  }
}
