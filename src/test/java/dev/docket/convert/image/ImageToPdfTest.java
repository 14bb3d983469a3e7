package dev.docket.convert.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.convert.ConversionCancelledException;
import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.convert.ConversionLimits;
import dev.docket.convert.ProgressListener;
import dev.docket.job.ErrorCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images become one page each at their size: every format Docket sniffs, multi-page TIFF, the
 * declared resolution, JPEG bytes embedded unchanged, the pixel limit checked before decoding.
 * All images are drawn here; none is committed.
 */
class ImageToPdfTest {
  @TempDir
  Path dir;

  @Test
  void everyFormatBecomesOnePageAtOnePointPerPixel() throws Exception {
    for (String format : new String[] {"png", "gif", "bmp", "jpg", "tif"}) {
      Path image = write(picture(300, 200), format);
      Path pdf = dir.resolve(format + ".pdf");
      assertEquals(1, new ImageToPdf().convert(image, pdf, ConversionContext.unbounded()), format);
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        assertEquals(1, doc.getNumberOfPages(), format);
        PDPage page = doc.getPage(0);
        assertEquals(300, page.getMediaBox().getWidth(), 0.01, format + " width");
        assertEquals(200, page.getMediaBox().getHeight(), 0.01, format + " height");
        List<PDImageXObject> images = images(page);
        assertEquals(1, images.size(), format + ": one image on the page");
        assertEquals(300, images.get(0).getWidth(), format);
        assertEquals(200, images.get(0).getHeight(), format);
      }
    }
  }

  @Test
  void aJpegIsEmbeddedAsItIs() throws Exception {
    Path jpeg = write(picture(320, 240), "jpg");
    Path pdf = dir.resolve("jpeg.pdf");
    new ImageToPdf().convert(jpeg, pdf, ConversionContext.unbounded());
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDImageXObject image = images(doc.getPage(0)).get(0);
      assertEquals(List.of(COSName.DCT_DECODE), image.getStream().getFilters());
      try (InputStream raw = image.getCOSObject().createRawInputStream()) {
        assertArrayEquals(Files.readAllBytes(jpeg), raw.readAllBytes(), "original JPEG bytes");
      }
    }
  }

  @Test
  void pngsAreLossless() throws Exception {
    BufferedImage original = picture(64, 48);
    Path pdf = dir.resolve("png.pdf");
    new ImageToPdf().convert(write(original, "png"), pdf, ConversionContext.unbounded());
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDImageXObject image = images(doc.getPage(0)).get(0);
      assertEquals(List.of(COSName.FLATE_DECODE), image.getStream().getFilters());
      BufferedImage back = image.getImage();
      for (int y = 0; y < 48; y += 7) {
        for (int x = 0; x < 64; x += 5) {
          assertEquals(original.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
        }
      }
    }
  }

  @Test
  void everyPageOfAMultiPageTiffBecomesAPage() throws Exception {
    Path tiff = dir.resolve("three.tif");
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (int i = 0; i < 3; i++) {
        writer.writeToSequence(new IIOImage(picture(100 + 50 * i, 80), null, null), null);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    List<int[]> progress = new ArrayList<>();
    ConversionContext context = new ConversionContext((d, t) -> progress.add(new int[] {d, t}),
        () -> null, ConversionLimits.DEFAULTS);
    Path pdf = dir.resolve("tiff.pdf");
    assertEquals(3, new ImageToPdf().convert(tiff, pdf, context));
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertEquals(3, doc.getNumberOfPages());
      for (int i = 0; i < 3; i++) {
        assertEquals(100 + 50 * i, doc.getPage(i).getMediaBox().getWidth(), 0.01);
        assertEquals(1, images(doc.getPage(i)).size());
      }
    }
    assertEquals(3, progress.size());
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(new int[] {i + 1, 3}, progress.get(i));
    }
  }

  @Test
  void aDeclaredResolutionSizesThePage() throws Exception {
    Path png = dir.resolve("300dpi.png");
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    BufferedImage image = picture(600, 300);
    ImageWriteParam param = writer.getDefaultWriteParam();
    IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
    IIOMetadataNode phys = new IIOMetadataNode("pHYs");
    phys.setAttribute("pixelsPerUnitXAxis", Integer.toString(Math.round(300 / 0.0254f)));
    phys.setAttribute("pixelsPerUnitYAxis", Integer.toString(Math.round(300 / 0.0254f)));
    phys.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(phys);
    metadata.mergeTree("javax_imageio_png_1.0", root);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(png.toFile())) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, metadata), param);
    } finally {
      writer.dispose();
    }
    Path pdf = dir.resolve("dpi.pdf");
    new ImageToPdf().convert(png, pdf, ConversionContext.unbounded());
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertEquals(144, doc.getPage(0).getMediaBox().getWidth(), 0.5, "600 px at 300 dpi is 2 in");
      assertEquals(72, doc.getPage(0).getMediaBox().getHeight(), 0.5);
    }
  }

  @Test
  void aHugeImageIsRejectedFromItsHeaderWithoutDecoding() throws Exception {
    // a valid PNG header claiming 100,000 x 100,000 pixels, with almost no data behind it
    Path bomb = dir.resolve("bomb.png");
    Files.write(bomb, pngHeader(100_000, 100_000));
    ConversionException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
        ConversionException.class,
        () -> new ImageToPdf().convert(bomb, dir.resolve("b.pdf"), ConversionContext.unbounded())));
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("100000 x 100000") && e.getMessage().contains("(maxImagePixels)"),
        e.getMessage());
  }

  @Test
  void thePixelLimitIsConfigurable() throws Exception {
    Path png = write(picture(200, 100), "png");
    ConversionContext context = new ConversionContext(ProgressListener.NONE, () -> null,
        ConversionLimits.DEFAULTS.withMaxImagePixels(10_000));
    ConversionException e = assertThrows(ConversionException.class,
        () -> new ImageToPdf().convert(png, dir.resolve("x.pdf"), context));
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, e.code());
  }

  @Test
  void aLargeImageIsEncodedInBands() throws Exception {
    BufferedImage big = new BufferedImage(500, 340, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = big.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, 500, 340);
    g.setColor(Color.BLUE);
    g.fillRect(400, 300, 50, 30);
    g.dispose();
    Path png = write(big, "png");
    Path pdf = dir.resolve("big.pdf");
    // a budget of 10,000 decoded pixels makes this 170,000-pixel image "large": bands of 2,500
    new ImageToPdf(10_000).convert(png, pdf, ConversionContext.unbounded());
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDImageXObject image = images(doc.getPage(0)).get(0);
      assertEquals(List.of(COSName.FLATE_DECODE), image.getStream().getFilters());
      BufferedImage back = image.getImage();
      assertEquals(Color.ORANGE.getRGB(), back.getRGB(10, 10));
      assertEquals(Color.BLUE.getRGB(), back.getRGB(410, 310), "the last band is there");
    }
  }

  @Test
  void aDamagedImageIsCorrupt() throws Exception {
    Path png = write(picture(100, 100), "png");
    byte[] bytes = Files.readAllBytes(png);
    Path broken = dir.resolve("broken.png");
    Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    ConversionException e = assertThrows(ConversionException.class,
        () -> new ImageToPdf().convert(broken, dir.resolve("x.pdf"), ConversionContext.unbounded()));
    assertEquals(ErrorCode.CORRUPT_DOCUMENT, e.code());
  }

  @Test
  void aCancelledJobStopsBeforeThePage() throws Exception {
    Path png = write(picture(10, 10), "png");
    ConversionContext context = new ConversionContext(ProgressListener.NONE, () -> "cancelled",
        ConversionLimits.DEFAULTS);
    assertThrows(ConversionCancelledException.class,
        () -> new ImageToPdf().convert(png, dir.resolve("x.pdf"), context));
  }

  private static List<PDImageXObject> images(PDPage page) throws IOException {
    List<PDImageXObject> images = new ArrayList<>();
    for (COSName name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
        images.add(image);
      }
    }
    return images;
  }

  private static BufferedImage picture(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(200, 30, 60));
    g.fillOval(w / 4, h / 4, w / 2, h / 2);
    g.dispose();
    return image;
  }

  private Path write(BufferedImage image, String format) throws IOException {
    Path file = Files.createTempFile(dir, "img", "." + format);
    String writerFormat = format.equals("jpg") ? "jpeg" : format.equals("tif") ? "tiff" : format;
    if (!ImageIO.write(image, writerFormat, file.toFile())) {
      throw new IOException("no writer for " + format);
    }
    return file;
  }

  /** PNG signature, IHDR of the given size (8-bit RGB) and IEND: no pixel data at all. */
  private static byte[] pngHeader(int width, int height) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(ihdr);
    data.writeInt(width);
    data.writeInt(height);
    data.write(new byte[] {8, 2, 0, 0, 0});
    chunk(out, "IHDR", ihdr.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return bytes.toByteArray();
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    out.writeInt(data.length);
    byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    out.write(name);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt((int) crc.getValue());
  }
}
