package dev.docket.convert;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableCellProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STCoordinate32;

/**
 * A pptx table cell's margins ({@code a:tcPr/@marL}, {@code marR}, {@code marT}, {@code marB},
 * ECMA-376 §21.1.3.17; defaults 91,440 EMU left and right, 45,720 EMU top and bottom). POI 5.5.1
 * looks for a cell's insets in a {@code p:txBody} it does not have, so it always answers the
 * defaults. In points.
 */
final class CellMargins {
  private static final long SIDE_EMU = 91_440;
  private static final long TOP_EMU = 45_720;

  private CellMargins() {}

  static Insets2D of(XSLFTableCell cell) {
    CTTableCellProperties pr = ((CTTableCell) cell.getXmlObject()).getTcPr();
    if (pr == null) {
      return new Insets2D(pt(TOP_EMU), pt(SIDE_EMU), pt(TOP_EMU), pt(SIDE_EMU));
    }
    return new Insets2D(pr.isSetMarT() ? pt(pr.xgetMarT()) : pt(TOP_EMU),
        pr.isSetMarL() ? pt(pr.xgetMarL()) : pt(SIDE_EMU),
        pr.isSetMarB() ? pt(pr.xgetMarB()) : pt(TOP_EMU),
        pr.isSetMarR() ? pt(pr.xgetMarR()) : pt(SIDE_EMU));
  }

  private static double pt(STCoordinate32 value) {
    return pt(POIXMLUnits.parseLength(value));
  }

  private static double pt(long emu) {
    return Units.toPoints(emu);
  }
}
