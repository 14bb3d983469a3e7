package dev.docket.convert;

import java.awt.Color;
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
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;

/**
 * Replaces the typefaces a presentation names with installed ones ({@link Fonts}) in the document
 * model, before anything is drawn. POI 5.5.1 lays run text out with the raw typeface (its font-map
 * hint is ignored for run text), so a missing Office font would get AWT's fallback metrics and CJK
 * text in a Latin-only face would vanish.
 *
 * <p>Two passes: every typeface is mapped at its source (pptx: the XML of all parts; ppt: the font
 * collection), then each run gets the size and face LibreOffice would give it where POI finds
 * none ({@link PptxRunDefaults}) and, with non-ASCII text its face cannot show, is switched to a
 * face that can (its East Asian face, WenQuanYi Micro Hei, DejaVu Sans).
 */
final class TypefaceMapper {
  private final Map<String, Font> awtFonts = new HashMap<>();
  private final PptxRunDefaults pptx;

  private TypefaceMapper(PptxRunDefaults pptx) {
    this.pptx = pptx;
  }

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
    TypefaceMapper mapper = new TypefaceMapper(new PptxRunDefaults(show));
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
    for (TextParagraph<?, ?, ?> paragraph : shape.getTextParagraphs()) {
      bullet(paragraph);
      for (TextRun run : paragraph.getTextRuns()) {
        pptx.apply(shape, run);
        cover(run);
      }
    }
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
        Color color = hslf.getBulletColor();
        Double size = hslf.getBulletSize();
        hslf.setBulletFont(Fonts.SANS);
        hslf.setBulletChar(unicode.charAt(0));
        hslf.setBullet(true); // setting the character alone clears the inherited bullet flag
        // the paragraph's own flags now say "no bullet colour, no bullet size": keep the
        // inherited ones
        if (color != null && !color.equals(hslf.getBulletColor())) {
          hslf.setBulletColor(color);
        }
        if (size != null && !size.equals(hslf.getBulletSize())) {
          hslf.setBulletSize(size);
        }
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
        PptxRunDefaults.setFamily(run, Fonts.SANS);
      });
      return;
    }
    String eastAsian = Fonts.map(run.getFontFamily(FontGroup.EAST_ASIAN));
    for (String candidate : new String[] {eastAsian, Fonts.CJK, Fonts.SANS}) {
      if (candidate != null && !candidate.startsWith("+") && shows(candidate, text)) {
        PptxRunDefaults.setFamily(run, candidate);
        return;
      }
    }
  }

  private boolean shows(String family, String text) {
    Font font = awtFonts.computeIfAbsent(family, f -> new Font(f, Font.PLAIN, 10));
    return text.codePoints().allMatch(cp -> font.canDisplay(cp) || Character.isWhitespace(cp)
        || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT);
  }
}
