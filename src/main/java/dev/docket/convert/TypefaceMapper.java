package dev.docket.convert;

import java.awt.Font;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.hslf.usermodel.HSLFFontInfo;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextParagraph;
import org.apache.poi.sl.usermodel.GroupShape;
import org.apache.poi.sl.usermodel.Shape;
import org.apache.poi.sl.usermodel.Sheet;
import org.apache.poi.sl.usermodel.SlideShow;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TableShape;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextRun;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFDiagram;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextLineBreak;

/**
 * Replaces the typefaces a presentation names with installed ones ({@link Fonts}) in the document
 * model, before anything is drawn. POI 5.5.1 lays run text out with the raw typeface (its font-map
 * hint is ignored for run text), so a missing Office font would get AWT's fallback metrics and CJK
 * text in a Latin-only face would vanish.
 *
 * <p>Two passes: every typeface is mapped at its source (pptx: the XML of all parts; ppt: the font
 * collection), then each run with non-ASCII text whose face cannot show all of it is switched to a
 * face that can (its East Asian face, WenQuanYi Micro Hei, DejaVu Sans).
 */
final class TypefaceMapper {
  private final Map<String, Font> awtFonts = new HashMap<>();

  /** Maps the typefaces of a whole slide show in place (the document is never saved). */
  static void map(SlideShow<?, ?> show) {
    if (show instanceof XMLSlideShow xml) {
      XmlTypefaces.map(xml);
    } else if (show instanceof HSLFSlideShow hslf) {
      for (HSLFFontInfo font : hslf.getFonts()) {
        String typeface = font.getTypeface();
        String mapped = Fonts.map(typeface);
        if (mapped != null && !mapped.equals(typeface)) {
          font.setTypeface(mapped);
        }
      }
    }
    TypefaceMapper mapper = new TypefaceMapper();
    for (Sheet<?, ?> sheet : show.getSlides()) {
      mapper.shapes(sheet.getShapes());
    }
    for (Sheet<?, ?> master : show.getSlideMasters()) {
      mapper.shapes(master.getShapes());
    }
  }

  private void shapes(List<? extends Shape<?, ?>> shapes) {
    for (Shape<?, ?> shape : shapes) {
      if (shape instanceof XSLFDiagram diagram) {
        if (diagram.getGroupShape() != null) {
          XmlTypefaces.rewrite(diagram.getGroupShape().getXmlObject());
          shapes(diagram.getGroupShape().getShapes());
        }
      } else if (shape instanceof GroupShape<?, ?> group) {
        shapes(group.getShapes());
      } else if (shape instanceof TableShape<?, ?> table) {
        cells(table);
      } else if (shape instanceof TextShape<?, ?> text) {
        text(text);
      }
    }
  }

  private void cells(TableShape<?, ?> table) {
    for (int row = 0; row < table.getNumberOfRows(); row++) {
      for (int col = 0; col < table.getNumberOfColumns(); col++) {
        TableCell<?, ?> cell = table.getCell(row, col);
        if (cell != null) {
          text(cell);
        }
      }
    }
  }

  private void text(TextShape<?, ?> shape) {
    String minor = minorFont(shape);
    for (TextParagraph<?, ?, ?> paragraph : shape.getTextParagraphs()) {
      bullet(paragraph);
      for (TextRun run : paragraph.getTextRuns()) {
        if (minor != null && run.getFontFamily() == null) {
          setFamily(run, minor);
        }
        cover(run);
      }
    }
  }

  /**
   * The theme's body font, for pptx runs that name no font at all (table cells, whose style POI
   * does not read): LibreOffice sets them in it, POI would fall back to AWT's default face.
   */
  private static String minorFont(TextShape<?, ?> shape) {
    if (shape.getSheet() instanceof XSLFSheet sheet && sheet.getTheme() != null) {
      return Fonts.map(sheet.getTheme().getMinorFont());
    }
    return null;
  }

  /** A Symbol/Wingdings bullet becomes the same shape in Unicode, set in DejaVu Sans. */
  private static void bullet(TextParagraph<?, ?, ?> paragraph) {
    TextParagraph.BulletStyle style = paragraph.getBulletStyle();
    if (style == null || style.getBulletCharacter() == null) {
      return;
    }
    SymbolChars.toUnicode(style.getBulletFont(), style.getBulletCharacter()).ifPresent(unicode -> {
      if (paragraph instanceof XSLFTextParagraph xslf) {
        xslf.setBulletFont(Fonts.SANS);
        xslf.setBulletCharacter(unicode);
      } else if (paragraph instanceof HSLFTextParagraph hslf && unicode.length() == 1) {
        hslf.setBulletFont(Fonts.SANS);
        hslf.setBulletChar(unicode.charAt(0));
        hslf.setBullet(true); // setting the character alone clears the inherited bullet flag

      }
    });
  }

  /** Switches a run to a face that shows all its characters, when its own face cannot. */
  private void cover(TextRun run) {
    String text = run.getRawText();
    if (text == null || text.chars().allMatch(c -> c < 0x80)) {
      return;
    }
    String family = run.getFontFamily();
    if (family == null || shows(family, text)) {
      return;
    }
    if (Fonts.isSymbol(family)) {
      SymbolChars.toUnicode(family, text).ifPresent(unicode -> {
        run.setText(unicode);
        setFamily(run, Fonts.SANS);
      });
      return;
    }
    String eastAsian = Fonts.map(run.getFontFamily(FontGroup.EAST_ASIAN));
    for (String candidate : new String[] {eastAsian, Fonts.CJK, Fonts.SANS}) {
      if (candidate != null && !candidate.startsWith("+") && shows(candidate, text)) {
        setFamily(run, candidate);
        return;
      }
    }
  }

  /**
   * Sets a run's face for all scripts. A pptx run gets it in its own {@code a:rPr}: POI's {@code
   * setFontFamily} can write into the theme font the run inherits, changing every run that uses it.
   */
  private static void setFamily(TextRun run, String family) {
    if (!(run instanceof XSLFTextRun xslf)) {
      run.setFontFamily(family);
      return;
    }
    CTTextCharacterProperties pr = ownProperties(xslf.getXmlObject());
    if (pr == null) {
      return;
    }
    (pr.isSetLatin() ? pr.getLatin() : pr.addNewLatin()).setTypeface(family);
    (pr.isSetEa() ? pr.getEa() : pr.addNewEa()).setTypeface(family);
    (pr.isSetCs() ? pr.getCs() : pr.addNewCs()).setTypeface(family);
  }

  private static CTTextCharacterProperties ownProperties(XmlObject xml) {
    if (xml instanceof CTRegularTextRun r) {
      return r.isSetRPr() ? r.getRPr() : r.addNewRPr();
    }
    if (xml instanceof CTTextField f) {
      return f.isSetRPr() ? f.getRPr() : f.addNewRPr();
    }
    if (xml instanceof CTTextLineBreak br) {
      return br.isSetRPr() ? br.getRPr() : br.addNewRPr();
    }
    return null;
  }

  private boolean shows(String family, String text) {
    Font font = awtFonts.computeIfAbsent(family, f -> new Font(f, Font.PLAIN, 10));
    return text.codePoints().allMatch(cp -> font.canDisplay(cp) || Character.isWhitespace(cp)
        || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT);
  }
}
