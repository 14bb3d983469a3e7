package dev.docket.convert;

import dev.docket.support.Corpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.job.ErrorCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The registry: presentations, spreadsheets, images and PDFs to pdf; office documents and PDFs to
 * png; encrypted packages rejected precisely; nothing else.
 */
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
  void offersSpreadsheetsImagesAndPdfs() {
    assertTrue(Converters.find(DocumentType.XLSX, "pdf").orElseThrow().converter()
        instanceof dev.docket.convert.xlsx.XlsxToPdf);
    for (DocumentType image : new DocumentType[] {DocumentType.PNG, DocumentType.JPEG,
        DocumentType.GIF, DocumentType.BMP, DocumentType.TIFF}) {
      assertTrue(Converters.find(image, "pdf").orElseThrow().converter()
          instanceof dev.docket.convert.image.ImageToPdf, image + " to pdf");
    }
    assertTrue(Converters.find(DocumentType.PDF, "pdf").orElseThrow().converter()
        instanceof dev.docket.convert.pdf.PdfPassThrough);
    Conversion png = Converters.find(DocumentType.PDF, "png").orElseThrow();
    assertTrue(png.converter() instanceof dev.docket.convert.pdf.PdfToPng);
    assertEquals("application/zip", png.mediaType());
    assertEquals("zip", png.extension());
  }

  @Test
  void offersExactlyTheTable() {
    boolean docx = Converters.find(DocumentType.DOCX, "pdf").isPresent(); // added by the DOCX converter
    for (DocumentType type : DocumentType.values()) {
      boolean toPdf = type != DocumentType.DOC && type != DocumentType.XLS
          && (type != DocumentType.DOCX || docx);
      assertEquals(toPdf, Converters.find(type, "pdf").isPresent(), type + " to pdf");
      boolean toPng = type == DocumentType.PPTX || type == DocumentType.PPT || type == DocumentType.XLSX
          || type == DocumentType.PDF || type == DocumentType.ENCRYPTED_OOXML
          || type == DocumentType.DOCX && docx;
      assertEquals(toPng, Converters.find(type, "png").isPresent(), type + " to png");
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
