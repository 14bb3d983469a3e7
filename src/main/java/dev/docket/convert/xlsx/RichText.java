package dev.docket.convert.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRElt;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRPrElt;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * The runs of a rich-text cell ({@code <r>} elements of its string), each with its own font.
 * A run without {@code <rPr>} takes the cell style's font. A run with {@code <rPr>} carries a whole
 * font: what it leaves out is the default, not the cell's (not bold, not italic, automatic colour;
 * Cambria 11 without a name or size), as LibreOffice's importer reads it ({@code sc/source/filter/oox}
 * {@code RichStringPortion::createFont} makes a fresh {@code Font} from the theme buffer's default
 * font model, Cambria 11 for OOXML). Phonetic runs are left out.
 */
final class RichText {
  /** A piece of text in one font; {@code rgb} -1 means automatic (black). */
  record Span(String text, String typeface, float size, boolean bold, boolean italic,
      boolean underline, boolean strike, int rgb) {}

  /** The font a run's {@code <rPr>} starts from in LibreOffice's OOXML import. */
  private static final String DEFAULT_TYPEFACE = "Cambria";
  private static final float DEFAULT_SIZE = 11f;

  private RichText() {}

  /** The cell's runs, or {@code null} when it is not a rich-text string cell. */
  static List<Span> spans(XSSFCell cell, CellLook look, CellStyles styles) {
    if (cell.getCellType() != CellType.STRING) {
      return null;
    }
    CTRst st = cell.getRichStringCellValue().getCTRst();
    if (st == null || st.sizeOfRArray() == 0) {
      return null;
    }
    List<Span> spans = new ArrayList<>();
    if (st.isSetT() && !st.getT().isEmpty()) {
      spans.add(plain(st.getT(), look));
    }
    for (CTRElt run : st.getRArray()) {
      String text = run.getT();
      if (text == null || text.isEmpty()) {
        continue;
      }
      spans.add(run.isSetRPr() ? styled(text, run.getRPr(), styles) : plain(text, look));
    }
    return spans.isEmpty() ? null : spans;
  }

  private static Span plain(String text, CellLook look) {
    return new Span(text, look.typeface(), look.size(), look.bold(), look.italic(),
        look.underline(), look.strike(), look.textRgb());
  }

  private static Span styled(String text, CTRPrElt pr, CellStyles styles) {
    String face = pr.sizeOfRFontArray() > 0 ? pr.getRFontArray(0).getVal() : DEFAULT_TYPEFACE;
    float size = pr.sizeOfSzArray() > 0 ? (float) pr.getSzArray(0).getVal() : DEFAULT_SIZE;
    boolean bold = pr.sizeOfBArray() > 0 && (!pr.getBArray(0).isSetVal() || pr.getBArray(0).getVal());
    boolean italic = pr.sizeOfIArray() > 0
        && (!pr.getIArray(0).isSetVal() || pr.getIArray(0).getVal());
    boolean strike = pr.sizeOfStrikeArray() > 0
        && (!pr.getStrikeArray(0).isSetVal() || pr.getStrikeArray(0).getVal());
    boolean underline = pr.sizeOfUArray() > 0 && (!pr.getUArray(0).isSetVal()
        || !"none".equals(pr.getUArray(0).getVal().toString()));
    int rgb = pr.sizeOfColorArray() > 0 ? styles.rgb(pr.getColorArray(0)) : -1;
    return new Span(text, face, size > 0 ? size : DEFAULT_SIZE, bold, italic, underline, strike, rgb);
  }
}
