package dev.docket.convert.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * A rich-text run's fonts, as stress002.xlsx's first sheet has them: "Welcome!" without run
 * properties in a bold italic blue cell, then a run whose {@code <rPr>} names only size and
 * typeface. LibreOffice prints that second run upright, regular and black.
 */
class RichTextTest {
  @Test
  void aRunWithPropertiesIsAWholeFontNotTheCellsFontAmended() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFFont font = workbook.createFont();
      font.setBold(true);
      font.setItalic(true);
      font.setFontName("Arial");
      font.setFontHeightInPoints((short) 14);
      font.setColor(new XSSFColor(new byte[] {0, 0x33, (byte) 0xcc}, null));
      XSSFCellStyle style = workbook.createCellStyle();
      style.setFont(font);
      CTRst rst = CTRst.Factory.parse("<si xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<r><t>Welcome!</t></r>"
          + "<r><rPr><sz val=\"14\"/><rFont val=\"Arial\"/><family val=\"2\"/></rPr>"
          + "<t xml:space=\"preserve\">  The worksheet</t></r>"
          + "<r><rPr><b/><i/><u/><strike/><sz val=\"12\"/><rFont val=\"Arial\"/></rPr><t>view only</t></r>"
          + "<r><rPr><b/></rPr><t>bare</t></r></si>", new XmlOptions().setLoadReplaceDocumentElement(null));
      XSSFCell cell = workbook.createSheet().createRow(0).createCell(0);
      cell.setCellValue(new XSSFRichTextString(rst));
      cell.setCellStyle(style);
      CellStyles styles = new CellStyles(workbook);

      List<RichText.Span> spans = RichText.spans(cell, styles.look(style.getIndex()), styles);

      assertEquals(4, spans.size());
      RichText.Span welcome = spans.get(0);
      assertTrue(welcome.bold() && welcome.italic(), "a run without rPr keeps the cell's font");
      assertEquals(0x0033cc, welcome.rgb());
      RichText.Span body = spans.get(1);
      assertFalse(body.bold(), "not bold: its rPr has no <b/>");
      assertFalse(body.italic(), "not italic: its rPr has no <i/>");
      assertEquals(-1, body.rgb(), "automatic colour: its rPr has no <color>");
      assertEquals("Arial", body.typeface());
      assertEquals(14f, body.size());
      RichText.Span marked = spans.get(2);
      assertTrue(marked.bold() && marked.italic() && marked.underline() && marked.strike());
      assertEquals(12f, marked.size());
      RichText.Span bare = spans.get(3);
      assertEquals("Cambria", bare.typeface(), "LibreOffice's OOXML default font");
      assertEquals(11f, bare.size());
    }
  }
}
