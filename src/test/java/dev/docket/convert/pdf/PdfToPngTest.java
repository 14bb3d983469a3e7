package dev.docket.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.convert.ConversionCancelledException;
import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.convert.ConversionLimits;
import dev.docket.convert.ProgressListener;
import dev.docket.job.ErrorCode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF pages become PNGs in a zip, named in order, at the chosen resolution. */
class PdfToPngTest {
  @TempDir
  Path dir;

  @Test
  void everyPageBecomesAPngInOrder() throws Exception {
    Path pdf = Pdfs.make(dir.resolve("three.pdf"), 3, PDRectangle.A4);
    Path zip = dir.resolve("pages.zip");
    List<int[]> progress = new ArrayList<>();
    ConversionContext context = new ConversionContext((d, t) -> progress.add(new int[] {d, t}),
        () -> null, ConversionLimits.DEFAULTS);

    assertEquals(3, new PdfToPng().convert(pdf, zip, context));

    try (ZipFile file = new ZipFile(zip.toFile())) {
      List<String> names = file.stream().map(ZipEntry::getName).toList();
      assertEquals(List.of("page-0001.png", "page-0002.png", "page-0003.png"), names);
      BufferedImage first = ImageIO.read(file.getInputStream(file.getEntry("page-0001.png")));
      assertEquals(Math.round(595.28 * 96 / 72), first.getWidth(), 1.0, "A4 width at 96 dpi");
      assertEquals(Math.round(841.89 * 96 / 72), first.getHeight(), 1.0);
    }
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(new int[] {i + 1, 3}, progress.get(i));
    }
  }

  @Test
  void theResolutionIsAConstructorParameter() throws Exception {
    Path pdf = Pdfs.make(dir.resolve("one.pdf"), 1, new PDRectangle(144, 72));
    Path zip = dir.resolve("hi.zip");
    new PdfToPng(300).convert(pdf, zip, ConversionContext.unbounded());
    try (ZipFile file = new ZipFile(zip.toFile())) {
      BufferedImage page = ImageIO.read(file.getInputStream(file.getEntry("page-0001.png")));
      assertEquals(600, page.getWidth());
      assertEquals(300, page.getHeight());
    }
    assertThrows(IllegalArgumentException.class, () -> new PdfToPng(0));
  }

  @Test
  void stopsBetweenPagesWhenCancelled() throws Exception {
    Path pdf = Pdfs.make(dir.resolve("five.pdf"), 5, PDRectangle.A6);
    AtomicInteger done = new AtomicInteger();
    ConversionContext context = new ConversionContext((d, t) -> done.set(d),
        () -> done.get() >= 2 ? "cancelled" : null, ConversionLimits.DEFAULTS);
    assertThrows(ConversionCancelledException.class,
        () -> new PdfToPng().convert(pdf, dir.resolve("x.zip"), context));
    assertEquals(2, done.get());
  }

  @Test
  void aHugePageIsTooLarge() throws Exception {
    Path pdf = Pdfs.make(dir.resolve("huge.pdf"), 1, new PDRectangle(14_400, 14_400));
    ConversionContext context = new ConversionContext(ProgressListener.NONE, () -> null,
        ConversionLimits.DEFAULTS.withMaxImagePixels(1_000_000));
    ConversionException e = assertThrows(ConversionException.class,
        () -> new PdfToPng().convert(pdf, dir.resolve("x.zip"), context));
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("(maxImagePixels)"), e.getMessage());
  }

  @Test
  void aPasswordProtectedPdfIsEncrypted() throws Exception {
    Path pdf = Pdfs.make(dir.resolve("plain.pdf"), 1, PDRectangle.A6);
    Path locked = dir.resolve("locked.pdf");
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      doc.save(locked.toFile());
    }
    ConversionException e = assertThrows(ConversionException.class,
        () -> new PdfToPng().convert(locked, dir.resolve("x.zip"), ConversionContext.unbounded()));
    assertEquals(ErrorCode.ENCRYPTED_DOCUMENT, e.code());
  }

  @Test
  void garbageIsCorrupt() throws IOException {
    Path junk = dir.resolve("junk.pdf");
    Files.writeString(junk, "%PDF-1.7\nthis is not really a pdf\n");
    ConversionException e = assertThrows(ConversionException.class,
        () -> new PdfToPng().convert(junk, dir.resolve("x.zip"), ConversionContext.unbounded()));
    assertEquals(ErrorCode.CORRUPT_DOCUMENT, e.code());
  }

  /** Small PDFs made for these tests. */
  static final class Pdfs {
    private Pdfs() {}

    static Path make(Path file, int pages, PDRectangle size) throws IOException {
      try (PDDocument doc = new PDDocument()) {
        for (int i = 0; i < pages; i++) {
          PDPage page = new PDPage(size);
          doc.addPage(page);
          try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.setNonStrokingColor(0.2f, 0.4f, 0.8f);
            content.addRect(10, 10, size.getWidth() / 2, size.getHeight() / 3);
            content.fill();
          }
        }
        doc.save(file.toFile());
      }
      return file;
    }
  }
}
