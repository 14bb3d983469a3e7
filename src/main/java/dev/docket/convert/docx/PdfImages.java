package dev.docket.convert.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pictures of one PDF, each embedded once however often it is shown (keyed by a SHA-256 of its
 * bytes, so copies in different parts share one image). JPEGs are embedded as they are (DCTDecode,
 * no recompression); PNGs through PDFBox's PNG reader; GIF, BMP and TIFF decoded and compressed
 * losslessly; WMF and EMF rendered to pixels by {@link MetafileRenderer}; a PDF picture's first
 * page imported as a form XObject. A picture that cannot be read is left out.
 */
final class PdfImages {
  private static final Logger LOG = LoggerFactory.getLogger(PdfImages.class);
  private final PDDocument document;
  private final PDResources resources;
  private final Map<String, Optional<Drawn>> byPart = new HashMap<>();
  private final Map<String, Optional<Drawn>> byContent = new HashMap<>();
  private final List<PDDocument> sources = new ArrayList<>();

  /**
   * An embedded picture: its resource name and, for a PDF page embedded as a form, the form's
   * bounding box (x, y, width, height in its own units); an image is a unit square.
   */
  record Drawn(COSName name, float[] box) {}

  PdfImages(PDDocument document, PDResources resources) {
    this.document = document;
    this.resources = resources;
  }

  /** The picture's image or form, or empty when it cannot be embedded. */
  Optional<Drawn> get(PackagePart part) {
    String key = part.getPartName().getName();
    Optional<Drawn> found = byPart.get(key);
    if (found == null) {
      byte[] bytes = read(part);
      found = bytes == null ? Optional.empty()
          : byContent.computeIfAbsent(sha256(bytes), h -> embed(bytes, part.getContentType()));
      byPart.put(key, found);
    }
    return found;
  }

  private Optional<Drawn> embed(byte[] bytes, String contentType) {
    try {
      String type = contentType == null ? "" : contentType;
      if (type.contains("pdf") || bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D') {
        return pdfPage(bytes);
      }
      PDImageXObject image = create(bytes, type);
      return image == null ? Optional.empty() : Optional.of(new Drawn(resources.add(image), null));
    } catch (IOException | RuntimeException e) {
      LOG.debug("picture left out ({}): {}", contentType, e.toString());
      return Optional.empty();
    }
  }

  /** The first page of a PDF picture as a form XObject (vector, as LibreOffice shows it). */
  private Optional<Drawn> pdfPage(byte[] bytes) throws IOException {
    PDDocument source = Loader.loadPDF(bytes);
    sources.add(source);
    if (source.getNumberOfPages() == 0) {
      return Optional.empty();
    }
    PDFormXObject form = new LayerUtility(document).importPageAsForm(source, 0);
    PDRectangle b = form.getBBox();
    return Optional.of(new Drawn(resources.add(form),
        new float[] {b.getLowerLeftX(), b.getLowerLeftY(), b.getWidth(), b.getHeight()}));
  }

  /** Closes the PDFs pictures were taken from; call after saving. */
  void close() {
    for (PDDocument source : sources) {
      try {
        source.close();
      } catch (IOException e) {
        LOG.debug("closing a PDF picture failed: {}", e.toString());
      }
    }
  }

  private PDImageXObject create(byte[] bytes, String type) throws IOException {
    if (type.contains("jpeg") || type.contains("jpg") || isJpeg(bytes)) {
      return JPEGFactory.createFromByteArray(document, bytes);
    }
    if (type.contains("png")) {
      return PDImageXObject.createFromByteArray(document, bytes, "picture.png");
    }
    BufferedImage decoded = type.contains("wmf") || type.contains("emf") || type.contains("x-msmetafile")
        ? MetafileRenderer.render(bytes, type) : ImageIO.read(new ByteArrayInputStream(bytes));
    return decoded == null ? null : LosslessFactory.createFromImage(document, decoded);
  }

  private static boolean isJpeg(byte[] bytes) {
    return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
  }

  private static byte[] read(PackagePart part) {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
