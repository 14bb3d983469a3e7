package dev.docket.convert;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The kinds of document Docket recognises, each with its IANA media type and usual file extension
 * (without the dot). The type of an upload is always decided from its bytes by {@link #sniff(Path)},
 * never from its name.
 */
public enum DocumentType {
  PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
  PPT("application/vnd.ms-powerpoint", "ppt"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  DOC("application/msword", "doc"),
  XLS("application/vnd.ms-excel", "xls"),
  PDF("application/pdf", "pdf"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  GIF("image/gif", "gif"),
  BMP("image/bmp", "bmp"),
  TIFF("image/tiff", "tif"),
  /**
   * A password-protected OOXML document (docx, xlsx or pptx): Office wraps the encrypted zip in an
   * OLE2 container holding {@code EncryptionInfo} and {@code EncryptedPackage}, so which of the three
   * it is cannot be known without the password. The media type is the one Apache Tika uses.
   */
  ENCRYPTED_OOXML("application/x-tika-ooxml-protected", "bin");

  private final String mediaType;
  private final String extension;

  DocumentType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The media type, e.g. {@code application/vnd.ms-powerpoint}. */
  public String mediaType() {
    return mediaType;
  }

  /** The usual file extension without the dot, e.g. {@code pptx}. */
  public String extension() {
    return extension;
  }

  /**
   * Decides a file's type from its content: magic bytes, then the OLE2 directory or the OOXML
   * {@code [Content_Types].xml}. Reads at most a few MB and never inflates more than that, so zip
   * bombs are safe to sniff. A truncated OOXML zip is still recognised from its local headers.
   *
   * @param file the file to look at
   * @return the type, or empty when the bytes are of no type Docket knows (or cannot be read)
   */
  public static Optional<DocumentType> sniff(Path file) {
    return DocumentSniffer.sniff(file);
  }
}
