package dev.docket.convert.docx;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Paints composed {@link Page}s into a PDF with PDFBox: one PDF page per page, content written as
 * operators by a {@link PdfPageContent} (text as glyph ids of embedded subset fonts, rules and fills
 * as paths, pictures as shared image XObjects), links as link annotations. Draws, in this order:
 * floating objects, body, footnotes (under a short separator rule), header, footer. All pages
 * share one resource dictionary.
 */
final class PdfPainter implements Canvas {
  private final PDDocument document;
  private final int background;
  private final Shaper shaper;
  private final PDResources resources = new PDResources();
  private final PdfFonts fonts;
  private final PdfImages images;
  private PdfPageContent content;
  private PdfLinks links;
  private Page page;
  private int totalPages;
  private int sectionPages;

  PdfPainter(PDDocument document, Shaper shaper, int background) {
    this.document = document;
    this.background = background;
    this.shaper = shaper;
    this.fonts = new PdfFonts(document, resources);
    this.images = new PdfImages(document, resources);
  }

  /** Adds one PDF page showing the composed page. */
  void paint(Page composed, int total, int inSection) throws IOException {
    page = composed;
    totalPages = total;
    sectionPages = inSection;
    Section s = composed.section;
    PDPage pdfPage = new PDPage(new PDRectangle(s.pageWidth(), s.pageHeight()));
    pdfPage.setResources(resources);
    content = new PdfPageContent(s.pageHeight());
    links = new PdfLinks(s.pageHeight());
    try {
      draw(composed);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    PDStream stream = new PDStream(document);
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(content.bytes());
    }
    pdfPage.setContents(stream);
    links.attach(pdfPage);
    document.addPage(pdfPage);
  }

  private void draw(Page p) {
    if (background >= 0 && background != 0xFFFFFF) {
      fill(0, 0, p.section.pageWidth(), p.section.pageHeight(), background);
    }
    for (Placement f : p.frame.floats()) {
      f.box().draw(this, f.x(), f.y());
    }
    for (Placement f : p.floats) {
      f.box().draw(this, f.x(), f.y());
    }
    for (Placement b : p.body) {
      b.box().draw(this, b.x(), b.y());
    }
    PageFrame frame = p.frame;
    if (!p.notes.isEmpty()) {
      float y = frame.bodyBottom() - p.notesShown();
      float ruleY = y + PageServices.NOTE_SEPARATOR / 2;
      line(p.section.left(), ruleY, p.section.left() + p.section.contentWidth() / 4, ruleY, 0.5f, 0, "single");
      y += PageServices.NOTE_SEPARATOR;
      for (Box n : p.notes) {
        n.draw(this, p.section.left(), y);
        y += n.height;
      }
    }
    float y = frame.headerTop();
    for (Box b : frame.header()) {
      b.draw(this, p.section.left(), y);
      y += b.height;
    }
    y = frame.footerTop();
    for (Box b : frame.footer()) {
      b.draw(this, p.section.left(), y);
      y += b.height;
    }
  }

  /** Registers everything the font subsetter must keep; call before saving. */
  void finish() throws IOException {
    fonts.finish();
  }

  /** Releases what pictures borrowed; call after saving. */
  void close() {
    images.close();
  }

  @Override
  public void text(FontFace face, float size, int color, float x, float baseline, String text, float wordSpacing,
      float charSpacing, int scale) {
    content.text(font(face), face, size, color, x, baseline, text, wordSpacing, charSpacing, scale);
  }

  @Override
  public void glyphs(FontFace face, float size, int color, float x, float baseline, Shaper.Shaped shaped,
      float wordSpacing, int scale) {
    content.glyphs(font(face), face, size, color, x, baseline, shaped, wordSpacing, scale);
  }

  private PdfFonts.Embedded font(FontFace face) {
    try {
      return fonts.get(face);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void ellipse(float x, float y, float width, float height, int fill, int stroke, float lineWidth) {
    content.ellipse(x, y, width, height, fill, stroke, lineWidth);
  }

  /**
   * Draws through {@link PdfBoxGraphics2D} (as the slide converter does) into a form XObject the
   * size of the rectangle plus its bleed, then shows the form on the page.
   */
  @Override
  public void graphics(float x, float y, float width, float height, float bleed, Consumer<Graphics2D> painter) {
    float w = width + 2 * bleed;
    float h = height + 2 * bleed;
    if (!(w > 0) || !(h > 0)) {
      return;
    }
    try {
      PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
      try {
        g.translate(bleed, bleed);
        painter.accept(g);
      } finally {
        g.dispose();
      }
      COSName name = resources.add(g.getXFormObject());
      content.form(name.getName(), x - bleed, y - bleed, h);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void fill(float x, float y, float width, float height, int color) {
    content.fill(x, y, width, height, color);
  }

  @Override
  public void line(float x1, float y1, float x2, float y2, float width, int color, String style) {
    content.line(x1, y1, x2, y2, width, color, style);
  }

  @Override
  public void picture(Picture picture, float x, float y, float width, float height) {
    if (width > 0 && height > 0) {
      images.get(picture.part()).ifPresent(d -> content.xObject(d.name().getName(), d.box(), x, y, width, height));
    }
  }

  @Override
  public void link(String target, float x, float y, float width, float height) {
    links.add(target, x, y, width, height);
  }

  @Override
  public String pageNumber() {
    return NumberFormats.format(page.section.pageFormat(), page.number);
  }

  @Override
  public int totalPages() {
    return totalPages;
  }

  @Override
  public int sectionPages() {
    return sectionPages;
  }

  @Override
  public Shaper shaper() {
    return shaper;
  }
}
