package dev.docket.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Content sniffing behind {@link DocumentType#sniff(Path)}: POI's {@link FileMagic} tells the
 * container from the first bytes, then {@link Ole2Sniffer} or {@link OoxmlSniffer} look inside.
 */
final class DocumentSniffer {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentSniffer.class);
  /** Bytes read for the magic check; FileMagic needs at most 44. */
  private static final int HEADER_BYTES = 64;

  private DocumentSniffer() {}

  static Optional<DocumentType> sniff(Path file) {
    byte[] header;
    try (InputStream in = Files.newInputStream(file)) {
      header = in.readNBytes(HEADER_BYTES);
    } catch (IOException e) {
      LOG.debug("cannot read {} to sniff it: {}", file, e.toString());
      return Optional.empty();
    }
    if (header.length < 4) {
      return Optional.empty();
    }
    if ((header[0] & 0xff) == 0xFF && (header[1] & 0xff) == 0xD8 && (header[2] & 0xff) == 0xFF) {
      return Optional.of(DocumentType.JPEG); // SOI + any marker; FileMagic knows only some APPn
    }
    return switch (FileMagic.valueOf(header)) {
      case OLE2 -> Ole2Sniffer.sniff(file);
      case OOXML -> OoxmlSniffer.sniff(file);
      case PDF -> Optional.of(DocumentType.PDF);
      case PNG -> Optional.of(DocumentType.PNG);
      case JPEG -> Optional.of(DocumentType.JPEG);
      case GIF -> Optional.of(DocumentType.GIF);
      case TIFF -> Optional.of(DocumentType.TIFF);
      case BMP -> isBmpHeader(header) ? Optional.of(DocumentType.BMP) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /**
   * "BM" alone is a weak signature (any text may start with it): also require a known DIB header
   * size at offset 14 (little-endian), one of the BITMAPINFOHEADER variants.
   */
  static boolean isBmpHeader(byte[] header) {
    if (header.length < 18) {
      return false;
    }
    int dibSize = (header[14] & 0xff) | (header[15] & 0xff) << 8 | (header[16] & 0xff) << 16
        | (header[17] & 0xff) << 24;
    return dibSize == 12 || dibSize == 40 || dibSize == 52 || dibSize == 56 || dibSize == 64
        || dibSize == 108 || dibSize == 124;
  }
}
