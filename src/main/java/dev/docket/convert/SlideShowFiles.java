package dev.docket.convert;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.sl.usermodel.SlideShow;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * Opens a pptx ({@link XMLSlideShow}, read-only package) or a ppt ({@link HSLFSlideShow}, read-only
 * OLE2 file system) for drawing, after applying the job's zip limits to POI's {@link ZipSecureFile}.
 */
final class SlideShowFiles {
  private SlideShowFiles() {}

  /** An open slide show and what releases it; closing never saves anything. */
  record Opened(SlideShow<?, ?> show, AutoCloseable release) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      release.close();
    }
  }

  /**
   * @throws IOException and POI's runtime exceptions when the file cannot be read as the given type
   */
  static Opened open(Path file, DocumentType type) throws IOException, InvalidFormatException {
    if (type == DocumentType.PPTX) {
      OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      try {
        return new Opened(new XMLSlideShow(pkg), pkg::revert);
      } catch (RuntimeException | Error e) {
        pkg.revert();
        throw e;
      }
    }
    if (type == DocumentType.PPT) {
      POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
      try {
        HSLFSlideShow show = new HSLFSlideShow(fs);
        return new Opened(show, () -> {
          try (fs) {
            show.close();
          }
        });
      } catch (IOException | RuntimeException | Error e) {
        fs.close();
        throw e;
      }
    }
    throw new IllegalArgumentException("not a slide show type: " + type);
  }
}
