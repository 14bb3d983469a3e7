package dev.docket.convert;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accent colours of a chart's theme override part ({@code a:themeOverride}, ECMA-376 Part 1
 * §20.1.6.12, related to the chart by a {@code themeOverride} relationship): PowerPoint gives a
 * chart pasted from another document the colours it had there. Only plain colours ({@code
 * a:srgbClr}, {@code a:sysClr/@lastClr}) are read.
 */
final class OverrideAccents {
  private static final Logger LOG = LoggerFactory.getLogger(OverrideAccents.class);
  private static final String RELATION =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/themeOverride";

  private OverrideAccents() {}

  /** Accent number (1 to 6) to colour; empty when the chart has no override. */
  static Map<Integer, Color> of(XSLFChart chart) {
    Map<Integer, Color> accents = new HashMap<>();
    try {
      PackagePart part = chart.getPackagePart();
      for (PackageRelationship rel : part.getRelationshipsByType(RELATION)) {
        try (InputStream in = part.getRelatedPart(rel).getInputStream()) {
          read(XmlObject.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS), accents);
        }
      }
    } catch (IOException | XmlException | InvalidFormatException | RuntimeException e) {
      LOG.debug("theme override of a chart unreadable: {}", e.toString());
    }
    return accents;
  }

  private static void read(XmlObject override, Map<Integer, Color> accents) {
    try (XmlCursor c = override.newCursor()) {
      while (!c.toNextToken().isNone()) {
        if (!c.isStart() || !c.getName().getLocalPart().startsWith("accent")) {
          continue;
        }
        int index = c.getName().getLocalPart().charAt("accent".length()) - '0';
        if (index >= 1 && index <= 6 && c.toFirstChild()) {
          String hex = "sysClr".equals(c.getName().getLocalPart())
              ? c.getAttributeText(new QName("", "lastClr"))
              : c.getAttributeText(new QName("", "val"));
          if (hex != null && hex.matches("[0-9A-Fa-f]{6}")) {
            accents.put(index, new Color(Integer.parseInt(hex, 16)));
          }
          c.toParent();
        }
      }
    }
  }
}
