package dev.docket.convert.xlsx;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xssf.usermodel.XSSFAnchor;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFPictureData;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drawing objects anchored on a sheet (pictures, charts, shapes) with their cell anchors.
 * Every object makes its cells part of the printed area, as in LibreOffice; pictures and charts
 * are drawn (other shapes are left blank). A chart's graphic frame names its chart part by the
 * relationship id of its {@code c:chart} element (ECMA-376 Part 1 §21.2.2.27).
 */
final class Drawings {
  private static final Logger LOG = LoggerFactory.getLogger(Drawings.class);
  private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
  private static final QName RELATION_ID = new QName(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");

  /** What an anchored object is. */
  enum Kind {
    PICTURE, CHART, SHAPE
  }

  /**
   * One object: from its top-left cell plus offset to its bottom-right cell plus offset (EMU);
   * {@code picture} only for pictures, {@code chart} only for charts whose part was found.
   */
  record Placed(Kind kind, int col1, int row1, long dx1, long dy1, int col2, int row2, long dx2,
      long dy2, XSSFPictureData picture, XSSFChart chart) {}

  private Drawings() {}

  static List<Placed> of(XSSFSheet sheet) {
    List<Placed> placed = new ArrayList<>();
    XSSFDrawing drawing = sheet.getDrawingPatriarch();
    if (drawing == null) {
      return placed;
    }
    for (XSSFShape shape : drawing.getShapes()) {
      try {
        XSSFAnchor anchor = shape.getAnchor();
        if (!(anchor instanceof XSSFClientAnchor a)) {
          continue;
        }
        Kind kind = shape instanceof XSSFPicture ? Kind.PICTURE
            : shape instanceof XSSFGraphicFrame ? Kind.CHART : Kind.SHAPE;
        XSSFPictureData data = shape instanceof XSSFPicture picture ? picture.getPictureData() : null;
        XSSFChart chart = shape instanceof XSSFGraphicFrame frame ? chart(drawing, frame) : null;
        int col1 = Math.max(0, a.getCol1());
        int row1 = Math.max(0, a.getRow1());
        placed.add(new Placed(kind, col1, row1, a.getDx1(), a.getDy1(),
            Math.max(col1, Math.min(a.getCol2(), SheetGrid.MAX_COL)),
            Math.max(row1, Math.min(a.getRow2(), SheetGrid.MAX_ROW)), a.getDx2(), a.getDy2(), data, chart));
      } catch (RuntimeException e) {
        LOG.debug("skipping a drawing object without a usable anchor: {}", e.toString());
      }
    }
    return placed;
  }

  /** The chart part a graphic frame shows, {@code null} when it shows something else. */
  private static XSSFChart chart(XSSFDrawing drawing, XSSFGraphicFrame frame) {
    XmlObject[] refs = frame.getCTGraphicalObjectFrame().selectPath(
        "declare namespace c='" + CHART_NS + "' .//c:chart");
    for (XmlObject ref : refs) {
      try (XmlCursor cursor = ref.newCursor()) {
        String id = cursor.getAttributeText(RELATION_ID);
        if (id != null && drawing.getRelationById(id) instanceof XSSFChart chart) {
          return chart;
        }
      }
    }
    return null;
  }
}
