package dev.docket.convert.xlsx;

import dev.docket.convert.ConversionException;
import dev.docket.convert.ConversionLimits;
import dev.docket.job.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Counts what a spreadsheet holds before POI loads it into memory, by streaming its shared
 * strings and worksheet parts: cells ({@code <c>} elements) against {@link
 * ConversionLimits#maxCells()} and characters of cell text (a shared string counted at every use)
 * against {@link ConversionLimits#maxTextChars()}, failing with DOCUMENT_TOO_LARGE at the first
 * excess. A part with a DTD fails with CORRUPT_DOCUMENT: OOXML parts never declare one (ECMA-376
 * Part 2 forbids it), and entity declarations are how XML bombs expand.
 */
final class WorkbookCensus {
  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
  }

  private final ConversionLimits limits;
  private int[] sharedLengths = new int[0];
  private long cells;
  private long chars;

  private WorkbookCensus(ConversionLimits limits) {
    this.limits = limits;
  }

  /**
   * @throws ConversionException DOCUMENT_TOO_LARGE or CORRUPT_DOCUMENT (a DTD)
   * @throws IOException when a part cannot be read (POI's zip-bomb guards throw here too)
   */
  static void check(OPCPackage pkg, ConversionLimits limits)
      throws ConversionException, IOException, XMLStreamException, InvalidFormatException {
    WorkbookCensus census = new WorkbookCensus(limits);
    for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
      census.sharedStrings(part);
    }
    for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.WORKSHEET.getContentType())) {
      census.worksheet(part);
    }
  }

  private void sharedStrings(PackagePart part)
      throws IOException, XMLStreamException, ConversionException {
    int count = 0;
    int[] lengths = new int[1024];
    try (InputStream in = part.getInputStream()) {
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      int depthInPhonetic = 0;
      boolean inText = false;
      int current = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw dtd(part);
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("si")) {
            current = 0;
          } else if (name.equals("rPh")) {
            depthInPhonetic++;
          } else if (name.equals("t")) {
            inText = depthInPhonetic == 0;
          }
        } else if (event == XMLStreamConstants.CHARACTERS && inText) {
          current += xml.getTextLength();
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("t")) {
            inText = false;
          } else if (name.equals("rPh")) {
            depthInPhonetic--;
          } else if (name.equals("si")) {
            if (count == lengths.length) {
              lengths = Arrays.copyOf(lengths, count * 2);
            }
            lengths[count++] = current;
          }
        }
      }
    }
    sharedLengths = Arrays.copyOf(lengths, count);
  }

  private void worksheet(PackagePart part)
      throws IOException, XMLStreamException, ConversionException {
    try (InputStream in = part.getInputStream()) {
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      String type = null;
      boolean inValue = false;
      StringBuilder value = new StringBuilder();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw dtd(part);
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("c")) {
            if (++cells > limits.maxCells()) {
              throw tooLarge("more than " + limits.maxCells() + " cells, the limit (maxCells)");
            }
            type = xml.getAttributeValue(null, "t");
          } else if (name.equals("v") || name.equals("t")) {
            inValue = true;
            value.setLength(0);
          }
        } else if (event == XMLStreamConstants.CHARACTERS && inValue) {
          if (value.length() < 32) {
            value.append(xml.getTextCharacters(), xml.getTextStart(),
                Math.min(xml.getTextLength(), 32));
          }
          if (!"s".equals(type)) {
            addChars(xml.getTextLength());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = xml.getLocalName();
          if ((name.equals("v") || name.equals("t")) && inValue) {
            inValue = false;
            if ("s".equals(type) && name.equals("v")) {
              addChars(sharedLength(value.toString().trim()));
            }
          }
        }
      }
    }
  }

  private int sharedLength(String index) {
    try {
      int i = Integer.parseInt(index);
      return i >= 0 && i < sharedLengths.length ? sharedLengths[i] : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void addChars(long n) throws ConversionException {
    chars += n;
    if (chars > limits.maxTextChars()) {
      throw tooLarge("more than " + limits.maxTextChars()
          + " characters of cell text (shared text counted at every use), the limit (maxTextChars)");
    }
  }

  private static ConversionException tooLarge(String what) {
    return new ConversionException(ErrorCode.DOCUMENT_TOO_LARGE, "The spreadsheet has " + what);
  }

  private static ConversionException dtd(PackagePart part) {
    return new ConversionException(ErrorCode.CORRUPT_DOCUMENT, "The spreadsheet is damaged: its part "
        + part.getPartName().getName().toLowerCase(Locale.ROOT)
        + " declares a DTD, which Office files never do (an XML entity bomb)");
  }
}
