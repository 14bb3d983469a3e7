package dev.docket.convert.docx;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * A flow of block content (the body, a header, a footer, a note, a text box) with the package part
 * its relationship ids ({@code r:id}, {@code r:embed}) are resolved against.
 *
 * @param root the element whose children are the blocks ({@code w:body}, {@code w:hdr}, ...); may be
 *     null for a missing part
 * @param part the part owning the relationships
 */
record Story(XmlNode root, POIXMLDocumentPart part) {
  /** The same part with other content (a text box inside this story). */
  Story with(XmlNode content) {
    return new Story(content, part);
  }

  /** The image part a relationship id points at, or null. */
  PackagePart picture(String relationId) {
    if (relationId == null || part == null) {
      return null;
    }
    try {
      POIXMLDocumentPart target = part.getRelationById(relationId);
      if (target != null) {
        return target.getPackagePart();
      }
      PackageRelationship rel = part.getPackagePart().getRelationship(relationId);
      if (rel == null || rel.getTargetMode() == TargetMode.EXTERNAL) {
        return null;
      }
      return part.getPackagePart().getRelatedPart(rel);
    } catch (Exception e) {
      return null;
    }
  }

  /** The external target (URL) of a hyperlink relationship, or null. */
  String hyperlink(String relationId) {
    if (relationId == null || part == null) {
      return null;
    }
    try {
      PackageRelationship rel = part.getPackagePart().getRelationship(relationId);
      return rel == null ? null : rel.getTargetURI().toString();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
