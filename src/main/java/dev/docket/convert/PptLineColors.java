package dev.docket.convert;

import java.util.List;
import org.apache.poi.ddf.AbstractEscherOptRecord;
import org.apache.poi.ddf.EscherPropertyTypes;
import org.apache.poi.ddf.EscherSimpleProperty;
import org.apache.poi.hslf.usermodel.HSLFGroupShape;
import org.apache.poi.hslf.usermodel.HSLFShape;
import org.apache.poi.hslf.usermodel.HSLFSheet;
import org.apache.poi.hslf.usermodel.HSLFSimpleShape;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;

/**
 * Gives ppt shapes that draw a line but name no line colour the format's default, black
 * ([MS-ODRAW] 2.3.8.1 {@code lineColor}, default 0x00000000), as LibreOffice draws them; POI 5.5.1
 * draws them white ({@code HSLFShape.getColor} falls back to white for any colour property). Only
 * shapes whose own properties switch the line on ({@code fLine} of {@code lineStyleBooleans},
 * [MS-ODRAW] 2.3.8.38) are changed, in the in-memory model (the document is never saved); the
 * cell borders of ppt tables are such lines.
 */
final class PptLineColors {
  /** fLine and fUsefLine of the line style booleans. */
  private static final int LINE_ON = 0x8;
  private static final int USE_LINE = 0x80000;
  private static final int BLACK = 0x00000000;

  private PptLineColors() {}

  static void apply(HSLFSlideShow show) {
    for (HSLFSheet sheet : show.getSlides()) {
      shapes(sheet.getShapes());
    }
    for (HSLFSheet master : show.getSlideMasters()) {
      shapes(master.getShapes());
    }
    for (HSLFSheet title : show.getTitleMasters()) {
      shapes(title.getShapes());
    }
  }

  private static void shapes(List<HSLFShape> shapes) {
    for (HSLFShape shape : shapes) {
      if (shape instanceof HSLFGroupShape group) {
        shapes(group.getShapes());
      } else if (shape instanceof HSLFSimpleShape simple) {
        blackByDefault(simple);
      }
    }
  }

  private static void blackByDefault(HSLFSimpleShape shape) {
    AbstractEscherOptRecord opt = shape.getEscherOptRecord();
    if (opt == null || HSLFShape.getEscherProperty(opt, EscherPropertyTypes.LINESTYLE__COLOR) != null) {
      return;
    }
    EscherSimpleProperty line = HSLFShape.getEscherProperty(opt,
        EscherPropertyTypes.LINESTYLE__NOLINEDRAWDASH);
    if (line != null && (line.getPropertyValue() & (LINE_ON | USE_LINE)) == (LINE_ON | USE_LINE)) {
      HSLFShape.setEscherProperty(opt, EscherPropertyTypes.LINESTYLE__COLOR, BLACK);
    }
  }
}
