package dev.docket.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.convert.Converters;
import dev.docket.convert.DocumentType;
import dev.docket.job.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF asked for as PDF is validated and copied byte for byte. */
class PdfPassThroughTest {
  @TempDir
  Path dir;

  @Test
  void copiesTheBytesAndCountsThePages() throws Exception {
    Path pdf = PdfToPngTest.Pdfs.make(dir.resolve("in.pdf"), 4, PDRectangle.LETTER);
    Path out = dir.resolve("out.pdf");
    var conversion = Converters.find(DocumentType.PDF, "pdf").orElseThrow();
    assertEquals(4, conversion.converter().convert(pdf, out, ConversionContext.unbounded()));
    assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(out));
  }

  @Test
  void aTruncatedPdfIsCorrupt() throws Exception {
    Path pdf = PdfToPngTest.Pdfs.make(dir.resolve("in.pdf"), 2, PDRectangle.LETTER);
    byte[] bytes = Files.readAllBytes(pdf);
    Path cut = dir.resolve("cut.pdf");
    Files.write(cut, java.util.Arrays.copyOf(bytes, 40));
    ConversionException e = assertThrows(ConversionException.class, () -> new PdfPassThrough()
        .convert(cut, dir.resolve("x.pdf"), ConversionContext.unbounded()));
    assertEquals(ErrorCode.CORRUPT_DOCUMENT, e.code());
  }
}
