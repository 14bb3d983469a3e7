package dev.docket.convert;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.DoubleSupplier;
import org.apache.poi.ddf.EscherPropertyTypes;
import org.apache.poi.hslf.record.OEPlaceholderAtom;
import org.apache.poi.hslf.usermodel.HSLFTextShape;

/**
 * Shrink-on-overflow for ppt text, which the format does not have but LibreOffice 7.4 applies
 * anyway: its importer makes the text of body placeholders (text types body, half body and
 * quarter body, [MS-PPT] TextTypeEnum 1, 7, 8) shrink to fit unless the shape grows to fit its
 * text ({@code fFitShapeToText}, [MS-ODRAW] 2.3.21.4). The scale is LibreOffice's ({@link
 * AutofitSearch}); it is kept here, not written into the runs (the format stores whole points,
 * and POI truncates: 28 pt at 85 % would become 23 pt, not 23.8), and applied while the text is
 * laid out: to the font sizes ({@link SlideLineBreaker}), the paragraph spacing ({@link
 * SlideTextBlock}) and the indents ({@link SlideParagraph}), as LibreOffice's global character
 * stretching scales them.
 *
 * <p>Source: LibreOffice {@code filter/source/msfilter/svdfppt.cxx}, {@code
 * SdrEscherImport::ProcessObj} ({@code bAutoFit}).
 */
final class BinaryAutofit {
  private static final int BODY = 1;
  private static final int HALF_BODY = 7;
  private static final int QUARTER_BODY = 8;
  private static final int FIT_SHAPE_TO_TEXT = 2;
  private static final int MIN_PERCENT = 10;

  /** The scale chosen for each shrunk shape (shapes are compared by identity). */
  private static final Map<HSLFTextShape, Double> SCALES =
      Collections.synchronizedMap(new WeakHashMap<>());

  private BinaryAutofit() {}

  /** The scale of a shape's text, 1 when it is not shrunk. */
  static double scale(HSLFTextShape shape) {
    return SCALES.getOrDefault(shape, 1.0);
  }

  static void fit(HSLFTextShape shape, double available, DoubleSupplier textHeight) {
    if (!shrinks(shape) || available <= 0 || SCALES.containsKey(shape)) {
      return;
    }
    SCALES.put(shape, 1.0);
    int percent = AutofitSearch.scale(available, p -> {
      SCALES.put(shape, p / 100.0);
      return textHeight.getAsDouble();
    });
    SCALES.put(shape, Math.max(percent, MIN_PERCENT) / 100.0);
  }

  private static boolean shrinks(HSLFTextShape shape) {
    int type = shape.getRunType();
    if (type != BODY && type != HALF_BODY && type != QUARTER_BODY) {
      return false;
    }
    OEPlaceholderAtom placeholder = shape.getPlaceholderAtom();
    if (placeholder == null || placeholder.getPlaceholderId() == 0) {
      return false;
    }
    int fit = shape.getEscherProperty(EscherPropertyTypes.TEXT__SIZE_TEXT_TO_FIT_SHAPE, 0);
    return (fit & FIT_SHAPE_TO_TEXT) == 0;
  }
}
