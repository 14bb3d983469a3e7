package dev.docket.convert;

import dev.docket.support.Corpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.job.ErrorCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The registry offers pptx/ppt to pdf, rejects encrypted packages precisely, and nothing else. */
class ConvertersTest {
  @Test
  void offersSlideShowsToPdf() {
    Conversion pptx = Converters.find(DocumentType.PPTX, "pdf").orElseThrow();
    assertTrue(pptx.converter() instanceof SlideShowToPdf);
    assertEquals("application/pdf", pptx.mediaType());
    assertEquals("pdf", pptx.extension());
    assertTrue(Converters.find(DocumentType.PPT, "PDF").orElseThrow().converter() instanceof SlideShowToPdf);
  }

  @Test
  void offersNothingElseYet() {
    for (DocumentType type : DocumentType.values()) {
      assertEquals(type == DocumentType.ENCRYPTED_OOXML, Converters.find(type, "png").isPresent(), type + " to png");
      boolean offered = type == DocumentType.PPTX || type == DocumentType.PPT
          || type == DocumentType.ENCRYPTED_OOXML;
      assertEquals(offered, Converters.find(type, "pdf").isPresent(), type + " to pdf");
    }
    assertTrue(Converters.find(null, "pdf").isEmpty());
    assertTrue(Converters.find(DocumentType.PPTX, null).isEmpty());
  }

  @Test
  void encryptedPackagesFailWithTheirCode() {
    Converter converter = Converters.find(DocumentType.ENCRYPTED_OOXML, "pdf").orElseThrow().converter();
    Path input = Corpus.root().resolve("edge/protected_agile.docx");
    ConversionException e = assertThrows(ConversionException.class,
        () -> converter.convert(input, Path.of("unused.pdf"), ConversionContext.unbounded()));
    assertEquals(ErrorCode.ENCRYPTED_DOCUMENT, e.code());
  }
}
