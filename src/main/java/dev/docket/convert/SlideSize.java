package dev.docket.convert;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.hslf.record.DocumentAtom;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.sl.usermodel.SlideShow;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideSize;

/**
 * The exact slide size, as a PDF page. POI's {@code getPageSize()} rounds it down to whole points,
 * which for an A4 deck (10,8 × 7,5 in: 793,7 × 595,3 pt) makes the pages smaller than LibreOffice's.
 * Read from the document: ppt {@code DocumentAtom.slideSize} in master units (576 per inch,
 * [MS-PPT] 2.4.2), pptx {@code p:sldSz} in EMU (ECMA-376 §19.2.1.39).
 */
final class SlideSize {
  private SlideSize() {}

  /** The slide size in points; POI's rounded size when the document's own cannot be read. */
  static PDRectangle of(SlideShow<?, ?> show) {
    try {
      if (show instanceof HSLFSlideShow binary) {
        DocumentAtom atom = binary.getDocumentRecord().getDocumentAtom();
        if (atom.getSlideSizeX() > 0 && atom.getSlideSizeY() > 0) {
          return new PDRectangle((float) Units.masterToPoints((int) atom.getSlideSizeX()),
              (float) Units.masterToPoints((int) atom.getSlideSizeY()));
        }
      } else if (show instanceof XMLSlideShow xml && xml.getCTPresentation().isSetSldSz()) {
        CTSlideSize size = xml.getCTPresentation().getSldSz();
        if (size.getCx() > 0 && size.getCy() > 0) {
          return new PDRectangle((float) Units.toPoints(size.getCx()),
              (float) Units.toPoints(size.getCy()));
        }
      }
    } catch (RuntimeException e) {
      // a damaged document record: fall back to POI's size below
    }
    return new PDRectangle(show.getPageSize().width, show.getPageSize().height);
  }
}
