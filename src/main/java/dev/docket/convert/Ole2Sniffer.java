package dev.docket.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the kind of an OLE2 (Compound File) document from its root directory entries: {@code
 * PowerPoint Document} (or PowerPoint 4's {@code PP40}) is PPT, {@code WordDocument} is DOC,
 * {@code Workbook}/{@code Book} is XLS, and {@code EncryptionInfo} + {@code EncryptedPackage} is an
 * encrypted OOXML package. When POI cannot read the directory (a damaged file), the names are
 * looked for as UTF-16LE strings in the first bytes instead, so that the job can still fail with a
 * precise code.
 */
final class Ole2Sniffer {
  private static final Logger LOG = LoggerFactory.getLogger(Ole2Sniffer.class);
  /** How far the raw fallback scan reads. */
  private static final int RAW_SCAN_BYTES = 8 << 20;
  private static final String[] KNOWN_NAMES = {
    "EncryptedPackage", "EncryptionInfo", "PowerPoint Document", "PP40", "WordDocument", "Workbook",
    "Book"
  };

  private Ole2Sniffer() {}

  static Optional<DocumentType> sniff(Path file) {
    Set<String> names;
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      names = rootNames(fs.getRoot());
    } catch (IOException | RuntimeException e) {
      LOG.debug("OLE2 directory of {} unreadable ({}); scanning raw bytes", file, e.toString());
      names = rawScan(file);
    }
    return classify(names);
  }

  static Optional<DocumentType> classify(Set<String> names) {
    if (names.contains("EncryptionInfo") && names.contains("EncryptedPackage")) {
      return Optional.of(DocumentType.ENCRYPTED_OOXML);
    }
    if (names.contains("PowerPoint Document") || names.contains("PP40")
        || names.contains("PP97_DUALSTORAGE")) {
      return Optional.of(DocumentType.PPT);
    }
    if (names.contains("WordDocument")) {
      return Optional.of(DocumentType.DOC);
    }
    if (names.contains("Workbook") || names.contains("WORKBOOK") || names.contains("Book")) {
      return Optional.of(DocumentType.XLS);
    }
    return Optional.empty();
  }

  private static Set<String> rootNames(DirectoryNode root) {
    Set<String> names = new HashSet<>();
    for (Entry entry : root) {
      names.add(entry.getName());
    }
    return names;
  }

  private static Set<String> rawScan(Path file) {
    Set<String> found = new HashSet<>();
    try (InputStream in = Files.newInputStream(file)) {
      String text = new String(in.readNBytes(RAW_SCAN_BYTES), StandardCharsets.UTF_16LE);
      for (String name : KNOWN_NAMES) {
        // directory entries are 128-byte aligned, so each UTF-16 name starts on an even offset
        if (text.contains(name + '\0')) {
          found.add(name);
        }
      }
    } catch (IOException e) {
      LOG.debug("cannot scan {}: {}", file, e.toString());
    }
    return found;
  }
}
