package dev.docket.convert.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet's cells as they print: the look of any cell (its own style, else its row's, else its
 * column's), its text, its text width in the embedded fonts, how far unwrapped text spills into
 * empty neighbours, and how tall wrapped text makes a row.
 */
final class SheetCells {
  private final XSSFSheet sheet;
  private final CellStyles styles;
  private final CellTexts texts;
  private final PdfFonts fonts;
  private final Merges merges;

  SheetCells(XSSFSheet sheet, CellStyles styles, CellTexts texts, PdfFonts fonts) {
    this.sheet = sheet;
    this.styles = styles;
    this.texts = texts;
    this.fonts = fonts;
    this.merges = new Merges(sheet);
  }

  Merges merges() {
    return merges;
  }

  CellStyles styles() {
    return styles;
  }

  CellTexts texts() {
    return texts;
  }

  PdfFonts fonts() {
    return fonts;
  }

  /** The look of an existing cell. */
  CellLook look(XSSFCell cell) {
    return styles.look(cell.getCellStyle().getIndex());
  }

  /** The look of a position whether or not a cell exists there. */
  CellLook lookAt(XSSFRow row, int col) {
    XSSFCell cell = row == null ? null : row.getCell(col);
    if (cell != null) {
      return look(cell);
    }
    CellStyle style = row != null && row.isFormatted() ? row.getRowStyle() : null;
    if (style == null) {
      style = sheet.getColumnStyle(col);
    }
    return styles.look(style == null ? 0 : style.getIndex());
  }

  /** True when the cell holds a value (any non-blank cell, even an empty string). */
  boolean hasValue(XSSFCell cell) {
    return cell != null && cell.getCellType() != CellType.BLANK;
  }

  /** Width of text in a look's font, points. */
  float width(String text, CellLook look) {
    try {
      return fonts.width(text, face(look), look.bold(), look.italic(), look.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PdfFace face(CellLook look) {
    try {
      return fonts.face(look.typeface(), look.bold(), look.italic());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Line height of a look's font, points. */
  float lineHeight(CellLook look) {
    PdfFace face = face(look);
    return (face.ascent() + face.descent()) * look.size();
  }

  /**
   * The last column unwrapped left-aligned text reaches when it is wider than its cell and the
   * cells to its right are empty; the cell's own column when it does not spill.
   */
  int overflowEnd(XSSFRow row, XSSFCell cell, SheetGrid grid) {
    int col = cell.getColumnIndex();
    CellLook look = look(cell);
    HorizontalAlignment align = look.horizontal();
    if (look.wrap() || texts.kind(cell) != CellTexts.Kind.TEXT || merges.at(row.getRowNum(), col) != null
        || !(align == HorizontalAlignment.GENERAL || align == HorizontalAlignment.LEFT)) {
      return col;
    }
    float missing = width(texts.text(cell), look) + SheetContent.TEXT_MARGIN - grid.colWidth(col);
    int end = col;
    while (missing > 0 && end < SheetGrid.MAX_COL && !hasValue(row.getCell(end + 1))) {
      end++;
      float w = grid.colWidth(end);
      if (w <= 0) {
        break;
      }
      missing -= w;
    }
    return end;
  }

  /**
   * Grows a row without a custom height to fit wrapped text that needs more than one line (as
   * LibreOffice's optimal row height would). Stored heights are otherwise kept: Excel computed
   * them for the same metric-compatible fonts, and recomputing every row moves page breaks away
   * from LibreOffice's. Merged and rotated cells do not count.
   */
  void growRowForWrappedText(XSSFRow row, SheetGrid grid) {
    if (row.getCTRow().getCustomHeight() || row.getZeroHeight()) {
      return;
    }
    float needed = 0;
    for (org.apache.poi.ss.usermodel.Cell c : row) {
      XSSFCell cell = (XSSFCell) c;
      int col = cell.getColumnIndex();
      if (grid.colWidth(col) <= 0 || texts.kind(cell) == CellTexts.Kind.EMPTY
          || merges.at(row.getRowNum(), col) != null) {
        continue;
      }
      CellLook look = look(cell);
      String text = texts.text(cell);
      if (look.rotation() != 0 || !look.wrap() && text.indexOf('\n') < 0) {
        continue;
      }
      float available = grid.colWidth(col) - SheetContent.TEXT_MARGIN;
      int lines = TextLines.lines(text, look.wrap(), available, s -> width(s, look)).size();
      if (lines > 1) {
        needed = Math.max(needed, lines * lineHeight(look) + 1);
      }
    }
    grid.growRow(row.getRowNum(), needed);
  }
}
