package dev.docket.convert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds one entry of a zip whose central directory is missing (a truncated file) by looking for
 * local file headers ({@code PK\3\4}) in the first bytes of the file. Only the wanted entry is
 * inflated, and only up to a cap, so neither a zip bomb nor a huge file makes the search expensive.
 */
final class ZipLocalHeaders {
  private static final int SIGNATURE = 0x04034b50;
  private static final int HEADER_LENGTH = 30;

  private ZipLocalHeaders() {}

  /**
   * @param file the zip
   * @param wanted tests an entry name
   * @param maxScanned most bytes of the file looked at
   * @param maxInflated most bytes of the entry returned
   * @return the entry's (possibly partial) content, or {@code null} when no such entry was found
   */
  static byte[] find(Path file, Predicate<String> wanted, int maxScanned, int maxInflated)
      throws IOException {
    byte[] data;
    try (InputStream in = Files.newInputStream(file)) {
      data = in.readNBytes(maxScanned);
    }
    for (int pos = 0; pos + HEADER_LENGTH <= data.length; pos++) {
      if (le32(data, pos) != SIGNATURE) {
        continue;
      }
      int method = le16(data, pos + 8);
      int nameLength = le16(data, pos + 26);
      int extraLength = le16(data, pos + 28);
      int nameStart = pos + HEADER_LENGTH;
      if (nameStart + nameLength > data.length) {
        break;
      }
      String name = new String(data, nameStart, nameLength, StandardCharsets.UTF_8);
      if (wanted.test(name)) {
        int dataStart = nameStart + nameLength + extraLength;
        return entryData(data, Math.min(dataStart, data.length), method, maxInflated);
      }
    }
    return null;
  }

  /** Stored entries are copied, deflated ones inflated until their end, the cap or the file's end. */
  private static byte[] entryData(byte[] data, int start, int method, int maxInflated) {
    if (method == 0) {
      int n = Math.min(maxInflated, data.length - start);
      byte[] out = new byte[n];
      System.arraycopy(data, start, out, 0, n);
      return out;
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(data, start, data.length - start);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      while (out.size() < maxInflated && !inflater.finished()) {
        int n = inflater.inflate(buf, 0, Math.min(buf.length, maxInflated - out.size()));
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      return new byte[0];
    } finally {
      inflater.end();
    }
  }

  private static int le16(byte[] b, int i) {
    return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
  }

  private static int le32(byte[] b, int i) {
    return le16(b, i) | le16(b, i + 2) << 16;
  }
}
