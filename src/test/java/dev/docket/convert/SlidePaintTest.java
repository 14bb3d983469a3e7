package dev.docket.convert;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.support.Corpus;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What ppt slides paint where POI alone paints nothing or the wrong thing, checked on rendered
 * corpus pages: lines that name no colour (black, as LibreOffice draws them), Macintosh PICT
 * pictures, the colour of symbol-font bullets.
 */
class SlidePaintTest {
  /** Grey levels below this count as ink. */
  private static final int DARK = 100;

  @TempDir
  Path out;

  /** 42486.ppt slide 23: a table whose grid lines name no colour (POI: white on white). */
  @Test
  void pptLinesWithoutColourAreBlack() throws Exception {
    BufferedImage page = render(convert("42486.ppt"), 23, 72);
    int dark = 0;
    for (int y = 110; y < 480; y++) {
      int darkest = 255;
      for (int x = 21; x <= 25; x++) {
        darkest = Math.min(darkest, grey(page, x, y));
      }
      dark += darkest < DARK ? 1 : 0;
    }
    assertTrue(dark > 360, "the table's left edge (x 22.75 pt) is drawn on " + dark
        + " of 370 points of its height");
  }

  /**
   * bug60345 slide 14: six scatter plots, each a PICT picture (1.5 % ink without them, 5.7 % with).
   */
  @Test
  void pictPicturesAreDrawn() throws Exception {
    BufferedImage page = render(convert("bug60345_Jankovic_final_Retreat_2002.ppt"), 14, 36);
    double scale = 36 / 72.0;
    int dark = 0;
    int all = 0;
    for (int y = (int) (130 * scale); y < (int) (515 * scale); y++) {
      for (int x = (int) (83 * scale); x < (int) (484 * scale); x++) {
        dark += grey(page, x, y) < 128 ? 1 : 0;
        all++;
      }
    }
    assertTrue(dark > 0.04 * all, "ink on " + dark + " of " + all + " pixels of the plots");
  }

  /**
   * bug60345 slide 14: the top row of plots is one PICT picture that erases its label boxes before
   * writing into them; erased with QuickDraw's default white background, not the black pen (the
   * box across the top spans x 114-457 pt, y 133-148 pt; x 200-245 pt is clear of the slide's own
   * labels).
   */
  @Test
  void pictErasesWithWhiteBackground() throws Exception {
    BufferedImage page = render(convert("bug60345_Jankovic_final_Retreat_2002.ppt"), 14, 72);
    int dark = 0;
    int all = 0;
    for (int y = 136; y < 146; y++) {
      for (int x = 200; x < 245; x++) {
        dark += grey(page, x, y) < DARK ? 1 : 0;
        all++;
      }
    }
    assertTrue(dark < 0.02 * all, "dark on " + dark + " of " + all + " pixels of an erased box");
  }

  /** 42486.ppt slide 12: Wingdings bullets in the master's blue (51, 51, 204), not the text's. */
  @Test
  void pptSymbolBulletsKeepTheirColour() throws Exception {
    Path pdf = convert("42486.ppt");
    BufferedImage page;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      page = new PDFRenderer(doc).renderImageWithDPI(11, 72, ImageType.RGB);
    }
    int blue = 0;
    for (int y = 135; y < 156; y++) {
      for (int x = 35; x < 62; x++) {
        int rgb = page.getRGB(x, y);
        blue += (rgb & 0xff) > ((rgb >> 16) & 0xff) + 80 ? 1 : 0;
      }
    }
    assertTrue(blue > 20, "blue pixels of the first bullet: " + blue);
  }

  private Path convert(String name) throws ConversionException {
    Path deck = Corpus.root().resolve("dev/ppt/" + name);
    Path pdf = out.resolve(name + ".pdf");
    new SlideShowToPdf(DocumentType.PPT).convert(deck, pdf, ConversionContext.unbounded());
    return pdf;
  }

  private static BufferedImage render(Path pdf, int page, int dpi) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFRenderer(doc).renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
    }
  }

  private static int grey(BufferedImage image, int x, int y) {
    return image.getRaster().getSample(x, y, 0);
  }
}
