package dev.docket.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thumbnails of results: a PDF's first page or a zip's first PNG, scaled to fit. */
class ThumbnailsTest {
  @TempDir
  Path dir;

  @Test
  void aPdfResultGivesItsFirstPageScaledToTheLongestEdge() throws Exception {
    Path pdf = dir.resolve("result.pdf");
    try (PDDocument doc = new PDDocument()) {
      for (Color color : new Color[] {Color.RED, Color.BLUE}) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.setNonStrokingColor(color);
          content.addRect(0, 0, 595, 842);
          content.fill();
        }
      }
      doc.save(pdf.toFile());
    }
    Path png = dir.resolve("thumb.png");
    Thumbnails.firstPage(pdf, "application/pdf", png, Thumbnails.DEFAULT_MAX_EDGE_PX);
    BufferedImage thumb = ImageIO.read(png.toFile());
    assertEquals(320, thumb.getHeight(), 1, "longest edge");
    assertEquals(Math.round(320 * 595.28 / 841.89), thumb.getWidth(), 1);
    Color middle = new Color(thumb.getRGB(thumb.getWidth() / 2, thumb.getHeight() / 2));
    assertTrue(middle.getRed() > 200 && middle.getBlue() < 60, "the first page: " + middle);
  }

  @Test
  void aZipResultGivesItsFirstPngScaledDown() throws Exception {
    Path zip = dir.resolve("pages.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      put(out, "page-0002.png", Color.BLUE);
      put(out, "page-0001.png", Color.GREEN);
    }
    Path png = dir.resolve("thumb.png");
    Thumbnails.firstPage(zip, "application/zip", png, 100);
    BufferedImage thumb = ImageIO.read(png.toFile());
    assertEquals(100, thumb.getWidth());
    assertEquals(50, thumb.getHeight());
    assertEquals(Color.GREEN.getRGB(), thumb.getRGB(50, 25), "page-0001.png is first by name");
  }

  @Test
  void otherResultsAreRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("x.txt"), "text");
    assertThrows(IllegalArgumentException.class,
        () -> Thumbnails.firstPage(file, "text/plain", dir.resolve("t.png"), 320));
    assertThrows(IOException.class,
        () -> Thumbnails.firstPage(file, "application/pdf", dir.resolve("t.png"), 320));
  }

  private static void put(ZipOutputStream zip, String name, Color color) throws IOException {
    BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 800, 400);
    g.dispose();
    zip.putNextEntry(new ZipEntry(name));
    ImageIO.write(image, "png", zip);
    zip.closeEntry();
  }
}
