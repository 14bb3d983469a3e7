package dev.docket.convert.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.convert.ConversionContext;
import dev.docket.support.Corpus;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes drawn as LibreOffice draws them, checked by colour: a page is rendered at 72 dpi (one
 * pixel a point) and the pixel at a point measured in LibreOffice's reference PDF must have the
 * reference's colour there, within {@link #TOLERANCE} per channel.
 */
class DocxShapesTest {
  /** Anti-aliasing and gradient steps differ a little between the two PDFs. */
  private static final int TOLERANCE = 16;

  @TempDir
  Path out;

  private final Map<String, BufferedImage> pages = new HashMap<>();

  /**
   * stress015 page 1: a VML {@code v:roundrect} with a gradient fill ({@code v:fill
   * type="gradient" color2="#999" focus="100%"}) frames the heading: white at its top, grey at its
   * bottom, corners rounded (before: only a square outline, nothing filled).
   */
  @Test
  void vmlRoundRectangleHasItsGradientAndRoundCorners() throws Exception {
    // near the frame's bottom edge, between the two logos: grey
    assertSameColour("stress015.docx", 1, 300, 240);
    // outside the rounded top-left corner, where a square outline would pass: white
    assertSameColour("stress015.docx", 1, 17, 113);
  }

  /**
   * stress015 page 1: a VML shape of Word's type 98 (a vertical scroll, {@code verticalScroll})
   * with a gradient from white to light blue is drawn with POI's preset geometry and filled (before:
   * a white rectangle outline).
   */
  @Test
  void vmlScrollIsDrawnFromItsPresetWithItsGradient() throws Exception {
    assertSameColour("stress015.docx", 1, 300, 470);
    assertSameColour("stress015.docx", 1, 340, 480);
  }

  private void assertSameColour(String name, int page, int x, int y) throws Exception {
    int ref = page(Corpus.reference(Corpus.root().resolve("dev/docx").resolve(name)), page).getRGB(x, y);
    int ours = page(ours(name), page).getRGB(x, y);
    int diff = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      diff = Math.max(diff, Math.abs((ref >> shift & 0xFF) - (ours >> shift & 0xFF)));
    }
    assertTrue(diff <= TOLERANCE, String.format("%s page %d at (%d, %d): reference #%06x, ours #%06x", name,
        page, x, y, ref & 0xFFFFFF, ours & 0xFFFFFF));
  }

  private Path ours(String name) throws Exception {
    Path pdf = out.resolve(name + ".pdf");
    if (!pdf.toFile().exists()) {
      new DocxToPdf().convert(Corpus.root().resolve("dev/docx").resolve(name), pdf, ConversionContext.unbounded());
    }
    return pdf;
  }

  private BufferedImage page(Path pdf, int page) throws IOException {
    String key = pdf + "#" + page;
    BufferedImage image = pages.get(key);
    if (image == null) {
      try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
        image = new PDFRenderer(document).renderImageWithDPI(page - 1, 72, ImageType.RGB);
      }
      pages.put(key, image);
    }
    return image;
  }
}
