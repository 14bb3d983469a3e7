package dev.docket.convert.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.convert.ConversionContext;
import dev.docket.support.Corpus;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

  /**
   * A DrawingML shape ({@code wps:wsp}) with a preset geometry is drawn from POI's definition: a
   * {@code roundRect} with {@code adj} 50,000 has half-round ends, so its bounding box's corner
   * stays white while its middle is filled (before: a filled square box).
   */
  @Test
  void drawingMlPresetShapeIsDrawnFromItsGeometry() throws Exception {
    BufferedImage page = page(synthetic("<a:prstGeom prst=\"roundRect\"><a:avLst><a:gd name=\"adj\" "
        + "fmla=\"val 50000\"/></a:avLst></a:prstGeom><a:solidFill><a:srgbClr val=\"FF0000\"/></a:solidFill>"), 1);
    assertColour(0xFF0000, page.getRGB(200, 175), "the shape's middle");
    assertColour(0xFFFFFF, page.getRGB(103, 103), "the bounding box's top-left corner");
  }

  /**
   * A DrawingML shape with a 90-degree linear gradient ({@code a:gradFill}, {@code a:lin
   * ang="5400000"}) runs from its first stop's colour at the top to its last stop's at the bottom
   * (before: not filled at all).
   */
  @Test
  void drawingMlLinearGradientRunsDownTheShape() throws Exception {
    BufferedImage page = page(synthetic("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:gradFill><a:gsLst>"
        + "<a:gs pos=\"0\"><a:srgbClr val=\"0000FF\"/></a:gs><a:gs pos=\"100000\"><a:srgbClr val=\"FFFF00\"/>"
        + "</a:gs></a:gsLst><a:lin ang=\"5400000\" scaled=\"0\"/></a:gradFill>"), 1);
    assertColour(0x0000FF, page.getRGB(200, 102), "the shape's top");
    assertColour(0xFFFF00, page.getRGB(200, 248), "the shape's bottom");
  }

  /**
   * A one-page DOCX with one anchored {@code wps:wsp} shape, 200 × 150 pt at (100, 100) pt from the
   * page's corner, whose {@code wps:spPr} holds {@code geometryAndFill} and no outline.
   */
  private Path synthetic(String geometryAndFill) throws Exception {
    String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><w:body><w:p><w:r>"
        + "<w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" "
        + "behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
        + "<wp:positionH relativeFrom=\"page\"><wp:posOffset>1270000</wp:posOffset></wp:positionH>"
        + "<wp:positionV relativeFrom=\"page\"><wp:posOffset>1270000</wp:posOffset></wp:positionV>"
        + "<wp:extent cx=\"2540000\" cy=\"1905000\"/><wp:wrapNone/><wp:docPr id=\"1\" name=\"Shape 1\"/>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        + "<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"2540000\" cy=\"1905000\"/>"
        + "</a:xfrm>" + geometryAndFill + "<a:ln><a:noFill/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>"
        + "</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p><w:sectPr>"
        + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" "
        + "w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
    Path docx = out.resolve("shape" + geometryAndFill.hashCode() + ".docx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
          + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
          + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
          + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
          + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
          + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
          + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
          + "Target=\"word/document.xml\"/></Relationships>");
      entry(zip, "word/document.xml", document);
    }
    Path pdf = out.resolve(docx.getFileName() + ".pdf");
    new DocxToPdf().convert(docx, pdf, ConversionContext.unbounded());
    return pdf;
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static void assertColour(int expected, int actual, String where) {
    int diff = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      diff = Math.max(diff, Math.abs((expected >> shift & 0xFF) - (actual >> shift & 0xFF)));
    }
    assertTrue(diff <= 40, String.format("%s: expected about #%06x, got #%06x", where, expected, actual & 0xFFFFFF));
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
