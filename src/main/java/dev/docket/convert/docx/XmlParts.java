package dev.docket.convert.docx;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;

/** Parses a package part POI keeps no XMLBeans object for, with POI's safe parser options. */
final class XmlParts {
  private XmlParts() {}

  /** The part's root element, or null when the part is missing or not XML. */
  static XmlNode parse(PackagePart part) {
    if (part == null) {
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return XmlNode.of(XmlObject.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS));
    } catch (IOException | XmlException e) {
      return null;
    }
  }
}
