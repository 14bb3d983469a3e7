package dev.docket.convert.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;

/**
 * An opened DOCX: POI's {@link XWPFDocument} on a read-only package, and the parts layout reads
 * (body, styles, numbering, settings, headers, footers, notes) as {@link XmlNode} trees. Closing
 * reverts the package (nothing is ever saved).
 *
 * <p>An encrypted DOCX is an OLE2 file holding {@code EncryptionInfo} and {@code EncryptedPackage}
 * (MS-OFFCRYPTO); opening one throws POI's {@link EncryptedDocumentException}.
 */
final class DocxSource implements AutoCloseable {
  final XWPFDocument document;
  private final OPCPackage pkg;
  private final Map<String, Story> headersFooters = new HashMap<>();
  private Map<Integer, Story> footnotes;
  private Map<Integer, Story> endnotes;
  private XmlNode documentRoot;

  private DocxSource(OPCPackage pkg, XWPFDocument document) {
    this.pkg = pkg;
    this.document = document;
  }

  /**
   * @throws EncryptedDocumentException for a password-protected document
   * @throws IOException and POI's runtime exceptions when the file is not a readable DOCX
   */
  static DocxSource open(Path file) throws IOException, InvalidFormatException {
    rejectEncrypted(file);
    OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    try {
      return new DocxSource(pkg, new XWPFDocument(pkg));
    } catch (IOException | RuntimeException | Error e) {
      pkg.revert();
      throw e;
    }
  }

  private static void rejectEncrypted(Path file) throws IOException {
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
      magic = FileMagic.valueOf(in);
    }
    if (magic != FileMagic.OLE2) {
      return;
    }
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
        throw new EncryptedDocumentException("the document is an encrypted OOXML package");
      }
    }
  }

  /** The main document's body ({@code w:body}). */
  Story body() {
    XmlNode body = root() == null ? null : root().child("body");
    return new Story(body, document);
  }

  /** The page background colour ({@code w:background}, ECMA-376 Part 1 §17.2.1), or -1. */
  int background() {
    XmlNode background = root() == null ? null : root().child("background");
    return background == null ? -1 : Units.color(background.attr("color"));
  }

  private XmlNode root() {
    if (documentRoot == null) {
      documentRoot = XmlNode.of(document.getDocument());
    }
    return documentRoot;
  }

  /** The {@code w:styles} element, or null. */
  XmlNode styles() {
    try {
      return document.getStyles() == null ? null : XmlNode.of(document.getStyle());
    } catch (org.apache.xmlbeans.XmlException | IOException | RuntimeException e) {
      return null;
    }
  }

  /** The {@code w:numbering} element, or null. */
  XmlNode numbering() {
    return document.getNumbering() == null ? null
        : XmlParts.parse(document.getNumbering().getPackagePart());
  }

  /** The {@code w:settings} element, or null. */
  XmlNode settings() {
    return document.getSettings() == null ? null : XmlNode.of(document.getSettings().getCTSettings());
  }

  ThemeFonts theme() {
    return ThemeFonts.of(document.getTheme());
  }

  /** The header or footer a section's reference points at, or null. */
  Story headerFooter(String relationId) {
    if (relationId == null) {
      return null;
    }
    return headersFooters.computeIfAbsent(relationId, id -> {
      POIXMLDocumentPart part = document.getRelationById(id);
      if (part instanceof XWPFHeaderFooter hf) {
        return new Story(XmlNode.of(hf._getHdrFtr()), hf);
      }
      return null;
    });
  }

  /** A footnote's (or endnote's) content by id, or null. */
  Story note(int id, boolean endnote) {
    if (footnotes == null) {
      footnotes = notes(document.getFootnotes());
      endnotes = notes(document.getEndnotes());
    }
    return (endnote ? endnotes : footnotes).get(id);
  }

  private static Map<Integer, Story> notes(java.util.List<? extends XWPFAbstractFootnoteEndnote> list) {
    Map<Integer, Story> byId = new HashMap<>();
    for (XWPFAbstractFootnoteEndnote note : list) {
      if (note.getId() != null) {
        byId.put(note.getId().intValue(), new Story(XmlNode.of(note.getCTFtnEdn()), note.getPart()));
      }
    }
    return byId;
  }

  @Override
  public void close() {
    pkg.revert();
  }
}
