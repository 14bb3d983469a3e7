package dev.docket.convert.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xssf.usermodel.XSSFPictureData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws the pictures anchored on a sheet where their anchors put them, each picture embedded
 * once per PDF. Formats PDFBox cannot embed (EMF, WMF, ...) are skipped, and so are pictures
 * whose header claims more pixels than {@code maxImagePixels} (they would be decoded to embed).
 */
final class SheetPictures {
  private static final Logger LOG = LoggerFactory.getLogger(SheetPictures.class);

  private final PDDocument doc;
  private final long maxPixels;
  private final Map<XSSFPictureData, Optional<PDImageXObject>> embedded = new HashMap<>();

  SheetPictures(PDDocument doc, long maxPixels) {
    this.doc = doc;
    this.maxPixels = maxPixels;
  }

  /** Draws the pictures that reach into the page's body (the last segment of both axes). */
  void draw(Painter painter, List<Drawings.Placed> placed, ViewAxis cols, ViewAxis rows)
      throws IOException {
    for (Drawings.Placed p : placed) {
      if (p.kind() != Drawings.Kind.PICTURE || p.picture() == null) {
        continue;
      }
      AnchorBox box = AnchorBox.on(p, cols, rows);
      if (box == null) {
        continue;
      }
      Optional<PDImageXObject> image = embedded.computeIfAbsent(p.picture(), this::embed);
      if (image.isPresent()) {
        painter.image(image.get(), box.x(), box.y(), box.width(), box.height());
      }
    }
  }

  /** Pixels the image header claims, 0 when ImageIO cannot read it (PDFBox will say). */
  private static long pixels(byte[] bytes) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return 0;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return (long) reader.getWidth(0) * reader.getHeight(0);
      } finally {
        reader.dispose();
      }
    }
  }

  private Optional<PDImageXObject> embed(XSSFPictureData data) {
    try {
      byte[] bytes = data.getData();
      long pixels = pixels(bytes);
      if (pixels > maxPixels) {
        LOG.debug("picture {} skipped: {} pixels", data.getPackagePart().getPartName(), pixels);
        return Optional.empty();
      }
      return Optional.of(PDImageXObject.createFromByteArray(doc, bytes,
          data.getPackagePart().getPartName().getName()));
    } catch (IOException | RuntimeException e) {
      LOG.debug("picture {} not embedded: {}", data.getPackagePart().getPartName(), e.toString());
      return Optional.empty();
    }
  }
}
