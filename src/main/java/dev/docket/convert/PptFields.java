package dev.docket.convert;

import java.awt.Graphics2D;
import org.apache.poi.hslf.record.Record;
import org.apache.poi.hslf.usermodel.HSLFTextParagraph;
import org.apache.poi.sl.draw.Drawable;
import org.apache.poi.sl.usermodel.Slide;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextRun;

/**
 * Text fields of ppt text that POI draws as their stand-in: a slide-number field outside a
 * slide-number placeholder (typically a text box on the master) is an asterisk next to a
 * SlideNumberMCAtom ([MS-PPT] 2.13.24) and shows the number of the slide drawn, as in PowerPoint
 * and LibreOffice.
 */
final class PptFields {
  /** Record type of SlideNumberMCAtom. */
  private static final long SLIDE_NUMBER_MC_ATOM = 0x0FD8;

  private PptFields() {}

  /** The slide number a run stands for, or {@code null} when it is no such field. */
  static String slideNumber(TextParagraph<?, ?, ?> paragraph, TextRun run, Graphics2D graphics) {
    if (!"*".equals(run.getRawText()) || run.getFieldType() != null
        || !(paragraph instanceof HSLFTextParagraph binary) || !hasSlideNumberAtom(binary)
        || !(graphics.getRenderingHint(Drawable.CURRENT_SLIDE) instanceof Slide<?, ?> slide)) {
      return null;
    }
    return Integer.toString(slide.getSlideNumber());
  }

  private static boolean hasSlideNumberAtom(HSLFTextParagraph paragraph) {
    Record[] records = paragraph.getRecords();
    if (records != null) {
      for (Record r : records) {
        if (r != null && r.getRecordType() == SLIDE_NUMBER_MC_ATOM) {
          return true;
        }
      }
    }
    return false;
  }
}
