package dev.docket.convert;

import java.util.function.DoubleSupplier;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.hslf.usermodel.HSLFTextShape;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBodyProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextNormalAutofit;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Shrink-on-overflow text ({@code a:normAutofit}, ECMA-376 §21.1.2.1.3) the way LibreOffice 7.4
 * draws it: the text is scaled by LibreOffice's own search ({@link AutofitSearch}), capped by the
 * saved {@code fontScale} (100 % when absent); {@code lnSpcReduction} is not applied. The scale is written back into the in-memory {@code fontScale}, where POI
 * applies it to every run size; {@link SlideTextBlock} applies it to spacing in points.
 */
final class TextAutofit {
  /** LibreOffice's autofit never goes below this, in percent. */
  private static final int MIN_PERCENT = 10;
  private static final int FULL = 100_000;

  private TextAutofit() {}

  /** The font scale in effect for this shape's text, 1 when it is not shrunk. */
  static double scale(TextShape<?, ?> shape) {
    if (shape instanceof HSLFTextShape binary) {
      return BinaryAutofit.scale(binary);
    }
    CTTextNormalAutofit fit = normAutofit(shape);
    return fit == null || !fit.isSetFontScale() ? 1 : percent(fit) / (double) FULL;
  }

  /**
   * Chooses and stores the scale of a shape with shrink-on-overflow text.
   *
   * @param available height of the text area in points
   * @param textHeight measures the text at the currently stored scale, in points
   */
  static void fit(TextShape<?, ?> shape, double available, DoubleSupplier textHeight) {
    CTTextNormalAutofit fit = normAutofit(shape);
    if (fit == null || available <= 0) {
      return;
    }
    if (fit.isSetLnSpcReduction()) {
      fit.unsetLnSpcReduction(); // POI would reduce spacing that LibreOffice keeps
    }
    int max = fit.isSetFontScale() ? Math.max(percent(fit) / 1000, MIN_PERCENT) : 100;
    int percent = AutofitSearch.scale(available, p -> {
      store(fit, p);
      return textHeight.getAsDouble();
    });
    store(fit, Math.max(MIN_PERCENT, Math.min(max, percent)));
  }

  private static void store(CTTextNormalAutofit fit, int percent) {
    if (percent >= 100) {
      if (fit.isSetFontScale()) {
        fit.unsetFontScale();
      }
    } else {
      fit.setFontScale(percent * 1000);
    }
  }

  private static int percent(CTTextNormalAutofit fit) {
    return POIXMLUnits.parsePercent(fit.xgetFontScale());
  }

  private static CTTextNormalAutofit normAutofit(TextShape<?, ?> shape) {
    if (shape instanceof XSLFTextShape xslf && xslf.getXmlObject() instanceof CTShape sp
        && sp.getTxBody() != null) {
      CTTextBodyProperties body = sp.getTxBody().getBodyPr();
      return body != null && body.isSetNormAutofit() ? body.getNormAutofit() : null;
    }
    return null;
  }
}
