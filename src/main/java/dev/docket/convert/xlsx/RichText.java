package dev.docket.convert.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRElt;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRPrElt;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * The runs of a rich-text cell ({@code <r>} elements of its string), each with its own font; what
 * a run does not say it takes from the cell's style. Phonetic runs are left out.
 */
final class RichText {
  /** A piece of text in one font; {@code rgb} -1 means automatic (black). */
  record Span(String text, String typeface, float size, boolean bold, boolean italic,
      boolean underline, boolean strike, int rgb) {}

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
      spans.add(run.isSetRPr() ? styled(text, run.getRPr(), look, styles) : plain(text, look));
    }
    return spans.isEmpty() ? null : spans;
  }

  private static Span plain(String text, CellLook look) {
    return new Span(text, look.typeface(), look.size(), look.bold(), look.italic(),
        look.underline(), look.strike(), look.textRgb());
  }

  private static Span styled(String text, CTRPrElt pr, CellLook look, CellStyles styles) {
    String face = pr.sizeOfRFontArray() > 0 ? pr.getRFontArray(0).getVal() : look.typeface();
    float size = pr.sizeOfSzArray() > 0 ? (float) pr.getSzArray(0).getVal() : look.size();
    boolean bold = pr.sizeOfBArray() > 0 ? !pr.getBArray(0).isSetVal() || pr.getBArray(0).getVal()
        : look.bold();
    boolean italic = pr.sizeOfIArray() > 0 ? !pr.getIArray(0).isSetVal() || pr.getIArray(0).getVal()
        : look.italic();
    boolean strike = pr.sizeOfStrikeArray() > 0
        ? !pr.getStrikeArray(0).isSetVal() || pr.getStrikeArray(0).getVal() : look.strike();
    boolean underline = pr.sizeOfUArray() > 0 ? !pr.getUArray(0).isSetVal()
        || !"none".equals(pr.getUArray(0).getVal().toString()) : look.underline();
    int rgb = pr.sizeOfColorArray() > 0 ? styles.rgb(pr.getColorArray(0)) : look.textRgb();
    return new Span(text, face, size > 0 ? size : look.size(), bold, italic, underline, strike, rgb);
  }
}
