package dev.docket.convert;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells pptx, docx and xlsx apart by the content type of the package's main part, read from {@code
 * [Content_Types].xml} (also the macro-enabled, template and slideshow variants). Only that one entry
 * is ever inflated, capped at {@link #MAX_CONTENT_TYPES_BYTES}; when the central directory is
 * unreadable (a truncated download) the local headers are streamed instead, reading at most
 * {@link #MAX_SCANNED_BYTES} of the file.
 */
final class OoxmlSniffer {
  private static final Logger LOG = LoggerFactory.getLogger(OoxmlSniffer.class);
  static final String CONTENT_TYPES = "[content_types].xml";
  static final int MAX_CONTENT_TYPES_BYTES = 4 << 20;
  static final int MAX_SCANNED_BYTES = 16 << 20;
  private static final XMLInputFactory XML = secureFactory();

  private OoxmlSniffer() {}

  static Optional<DocumentType> sniff(Path file) {
    byte[] xml;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      xml = readFromCentralDirectory(zip);
    } catch (IOException | RuntimeException e) {
      LOG.debug("central directory of {} unreadable ({}); streaming local headers", file, e.toString());
      xml = readFromLocalHeaders(file);
    }
    return xml == null ? Optional.empty() : mainPartType(xml);
  }

  private static byte[] readFromCentralDirectory(ZipFile zip) throws IOException {
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      if (isContentTypes(entry.getName())) {
        try (InputStream in = zip.getInputStream(entry)) {
          return readCapped(in);
        }
      }
    }
    return null;
  }

  private static byte[] readFromLocalHeaders(Path file) {
    try {
      return ZipLocalHeaders.find(
          file, OoxmlSniffer::isContentTypes, MAX_SCANNED_BYTES, MAX_CONTENT_TYPES_BYTES);
    } catch (IOException | RuntimeException e) {
      LOG.debug("local headers of {} unreadable: {}", file, e.toString());
      return null;
    }
  }

  /** Reads up to the cap; a damaged stream yields what could be read before the damage. */
  private static byte[] readCapped(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      int n;
      while (out.size() < MAX_CONTENT_TYPES_BYTES
          && (n = in.read(buf, 0, Math.min(buf.length, MAX_CONTENT_TYPES_BYTES - out.size()))) > 0) {
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      LOG.debug("[Content_Types].xml cut short: {}", e.toString());
    }
    return out.toByteArray();
  }

  private static boolean isContentTypes(String name) {
    String n = name.replace('\\', '/');
    if (n.startsWith("/")) {
      n = n.substring(1);
    }
    return n.toLowerCase(Locale.ROOT).equals(CONTENT_TYPES);
  }

  /** Finds the first {@code Override} whose content type names a main part Docket knows. */
  static Optional<DocumentType> mainPartType(byte[] xml) {
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT
              && "Override".equals(reader.getLocalName())) {
            Optional<DocumentType> type = typeOf(reader.getAttributeValue(null, "ContentType"));
            if (type.isPresent()) {
              return type;
            }
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException | RuntimeException e) {
      LOG.debug("[Content_Types].xml unparseable: {}", e.toString());
    }
    return Optional.empty();
  }

  /** Maps a main-part content type (ends with {@code .main+xml}) to its document type. */
  static Optional<DocumentType> typeOf(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String ct = contentType.trim().toLowerCase(Locale.ROOT);
    if (!ct.endsWith(".main+xml")) {
      return Optional.empty();
    }
    if (ct.contains("presentationml") || ct.contains("ms-powerpoint")) {
      return Optional.of(DocumentType.PPTX);
    }
    if (ct.contains("wordprocessingml") || ct.contains("ms-word")) {
      return Optional.of(DocumentType.DOCX);
    }
    if (ct.contains("spreadsheetml") || ct.contains("ms-excel")) {
      return Optional.of(DocumentType.XLSX);
    }
    return Optional.empty();
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return factory;
  }
}
