package dev.docket.convert;

import java.awt.Graphics2D;
import org.apache.poi.hslf.model.HeadersFooters;
import org.apache.poi.hslf.usermodel.HSLFMasterSheet;
import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFTextParagraph;
import org.apache.poi.hslf.usermodel.HSLFTextShape;
import org.apache.poi.sl.draw.Drawable;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.Shape;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextRun;

/**
 * The footer and date of ppt slides, drawn from the master's footer and date placeholders as
 * PowerPoint and LibreOffice show them: with the text the slide's headers and footers give
 * ({@code HeadersFootersContainer}, [MS-PPT] 2.4.15.1: footer text, fixed user date), where POI
 * draws the placeholder's own stand-in text ("*"), and the date placeholder shown whenever the
 * date is on (POI hides it unless the date is "today").
 */
final class PptHeadersFooters {
  private PptHeadersFooters() {}

  /** Whether a master shape is drawn on the current slide, or {@code null} to let POI decide. */
  static Boolean visible(Shape<?, ?> shape, Graphics2D graphics) {
    HeadersFooters hf = headersFooters(shape, graphics);
    if (hf == null || placeholder(shape) != Placeholder.DATETIME) {
      return null;
    }
    return hf.isDateTimeVisible() && dateText(hf) != null;
  }

  /**
   * The text a run of a master footer or date placeholder shows on the current slide: the
   * whole text on the first run, nothing on the others; {@code null} when it is no such run.
   */
  static String text(TextParagraph<?, ?, ?> paragraph, TextRun run, Graphics2D graphics) {
    if (!(paragraph instanceof HSLFTextParagraph binary)) {
      return null;
    }
    HSLFTextShape shape = binary.getParentShape();
    HeadersFooters hf = headersFooters(shape, graphics);
    if (hf == null) {
      return null;
    }
    Placeholder placeholder = placeholder(shape);
    String text = placeholder == Placeholder.FOOTER ? hf.getFooterText()
        : placeholder == Placeholder.DATETIME ? dateText(hf) : null;
    if (text == null) {
      return null;
    }
    boolean first = shape.getTextParagraphs().get(0) == binary
        && !binary.getTextRuns().isEmpty() && binary.getTextRuns().get(0) == run;
    return first ? text.replace('\r', '\n').replace('\u000b', '\n') : "";
  }

  private static String dateText(HeadersFooters hf) {
    return hf.isUserDateVisible() ? hf.getDateTimeText() : null;
  }

  private static HeadersFooters headersFooters(Shape<?, ?> shape, Graphics2D graphics) {
    if (!(shape instanceof HSLFTextShape text) || !(text.getSheet() instanceof HSLFMasterSheet)
        || !(graphics.getRenderingHint(Drawable.CURRENT_SLIDE) instanceof HSLFSlide slide)) {
      return null;
    }
    try {
      return slide.getHeadersFooters();
    } catch (RuntimeException e) {
      return null; // a damaged headers/footers record: leave the master as POI draws it
    }
  }

  private static Placeholder placeholder(Shape<?, ?> shape) {
    return shape instanceof HSLFTextShape text ? text.getPlaceholder() : null;
  }
}
