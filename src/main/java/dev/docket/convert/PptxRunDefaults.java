package dev.docket.convert;

import org.apache.poi.sl.usermodel.SlideShow;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TextRun;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextLineBreak;

/**
 * Gives pptx runs the size and face LibreOffice gives them where POI finds none or another:
 *
 * <ul>
 *   <li>a run that states no size anywhere: the presentation's default text size ({@code
 *       p:defaultTextStyle/a:lvl1pPr/a:defRPr/@sz}), else ECMA-376's 18 pt (POI takes 12);
 *   <li>a run that names no face anywhere, and a table cell's run without a face of its own: the
 *       theme's body font (a table style sets it with {@code a:tcTxStyle/a:fontRef idx="minor"}),
 *       where POI falls back to AWT's default face or finds the master's other-text font.
 * </ul>
 *
 * Faces are written into the run's own {@code a:rPr}: POI's {@code setFontFamily} can write into
 * the theme font the run inherits, changing every run that uses it. In memory only.
 */
final class PptxRunDefaults {
  private static final double ECMA_SIZE = 18;
  private final double size;

  PptxRunDefaults(SlideShow<?, ?> show) {
    this.size = defaultSize(show);
  }

  /** Fills in a run's size and face (ppt runs are left alone). */
  void apply(TextShape<?, ?> shape, TextRun run) {
    if (!(run instanceof XSLFTextRun xslf)) {
      return;
    }
    if (run.getFontSize() == null) {
      run.setFontSize(size);
    }
    String minor = minorFont(shape);
    if (minor != null && (run.getFontFamily() == null
        || shape instanceof TableCell<?, ?> && !hasOwnFace(xslf))) {
      setFamily(run, minor);
    }
  }

  /** Sets a run's face for all scripts, in its own properties when it is a pptx run. */
  static void setFamily(TextRun run, String family) {
    if (!(run instanceof XSLFTextRun xslf)) {
      run.setFontFamily(family);
      return;
    }
    CTTextCharacterProperties pr = ownProperties(xslf.getXmlObject(), true);
    if (pr == null) {
      return;
    }
    (pr.isSetLatin() ? pr.getLatin() : pr.addNewLatin()).setTypeface(family);
    (pr.isSetEa() ? pr.getEa() : pr.addNewEa()).setTypeface(family);
    (pr.isSetCs() ? pr.getCs() : pr.addNewCs()).setTypeface(family);
  }

  private static double defaultSize(SlideShow<?, ?> show) {
    if (show instanceof XMLSlideShow xml && xml.getCTPresentation().isSetDefaultTextStyle()) {
      var style = xml.getCTPresentation().getDefaultTextStyle();
      if (style.isSetLvl1PPr() && style.getLvl1PPr().isSetDefRPr()
          && style.getLvl1PPr().getDefRPr().isSetSz()) {
        return style.getLvl1PPr().getDefRPr().getSz() / 100.0;
      }
    }
    return ECMA_SIZE;
  }

  private static String minorFont(TextShape<?, ?> shape) {
    if (shape.getSheet() instanceof XSLFSheet sheet && sheet.getTheme() != null) {
      return Fonts.map(sheet.getTheme().getMinorFont());
    }
    return null;
  }

  private static boolean hasOwnFace(XSLFTextRun run) {
    CTTextCharacterProperties pr = ownProperties(run.getXmlObject(), false);
    return pr != null && pr.isSetLatin();
  }

  /** A run's own properties; created when asked to, else {@code null} when it has none. */
  private static CTTextCharacterProperties ownProperties(XmlObject xml, boolean create) {
    if (xml instanceof CTRegularTextRun r) {
      return r.isSetRPr() ? r.getRPr() : create ? r.addNewRPr() : null;
    }
    if (xml instanceof CTTextField f) {
      return f.isSetRPr() ? f.getRPr() : create ? f.addNewRPr() : null;
    }
    if (xml instanceof CTTextLineBreak br) {
      return br.isSetRPr() ? br.getRPr() : create ? br.addNewRPr() : null;
    }
    return null;
  }
}
