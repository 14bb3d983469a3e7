package dev.docket.convert.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.convert.SymbolChars;
import java.util.List;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;

/** The WordprocessingML rules the layout implements, one by one, on small XML snippets. */
class LayoutRulesTest {
  private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  static XmlNode xml(String element) throws XmlException {
    return XmlNode.of(XmlObject.Factory.parse(element.replaceFirst(">", " " + W + ">")));
  }

  @Test
  void numbersAreFormattedInWordsFormats() {
    assertEquals("iv", NumberFormats.format("lowerRoman", 4));
    assertEquals("XIV", NumberFormats.format("upperRoman", 14));
    assertEquals("b", NumberFormats.format("lowerLetter", 2));
    assertEquals("AA", NumberFormats.format("upperLetter", 27));
    assertEquals("07", NumberFormats.format("decimalZero", 7));
    assertEquals("3", NumberFormats.format(null, 3));
    assertEquals("", NumberFormats.format("none", 3));
  }

  @Test
  void measuresConvertToPoints() {
    assertEquals(72f, Units.twips("1440", 0));
    assertEquals(11f, Units.halfPoints("22", 0));
    assertEquals(36f, Units.twips("0.5in", 0));
    assertEquals(1f, Units.emu("12700", 0));
    assertEquals(0.75f, Units.eighths("6", 0));
    assertEquals(0xFF0000, Units.color("FF0000"));
    assertEquals(-1, Units.color("auto"));
  }

  /**
   * Proportional line heights are whole twips, the fraction dropped (Writer's integer layout):
   * Liberation Serif 12 pt (13.29 pt of text plus 0.51 pt line gap, 276 twips) at 1.15 is 317
   * twips, not 15.87 pt; single spacing keeps the twips of the text.
   */
  @Test
  void proportionalLinesAreWholeTwips() {
    assertEquals(15.85f, ParagraphLayout.proportional(13.799f, 1.15f), 1e-4);
    assertEquals(13.8f, ParagraphLayout.proportional(13.799f, 1f), 1e-4);
    assertEquals(27.6f, ParagraphLayout.proportional(13.799f, 2f), 1e-4);
  }

  @Test
  void multiLevelLabelsCountPerLevelAndRestartDeeperLevels() throws XmlException {
    XmlNode numbering = xml("<w:numbering><w:abstractNum w:abstractNumId=\"0\">"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
        + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1.%2)\"/></w:lvl>"
        + "</w:abstractNum><w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num>"
        + "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
        + "<w:startOverride w:val=\"7\"/></w:lvlOverride></w:num></w:numbering>");
    Numbering n = new Numbering(numbering, new StyleResolver(null, new ThemeFonts(null, null)));
    assertEquals("1.", n.nextLabel(5, 0));
    assertEquals("1.a)", n.nextLabel(5, 1));
    assertEquals("1.b)", n.nextLabel(5, 1));
    assertEquals("2.", n.nextLabel(5, 0));
    assertEquals("2.a)", n.nextLabel(5, 1));
    assertEquals("7.", n.nextLabel(6, 0));
    assertNull(n.nextLabel(99, 0));
  }

  @Test
  void stylesInheritThroughBasedOnAndDocumentDefaults() throws XmlException {
    XmlNode styles = xml("<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\"/>"
        + "<w:sz w:val=\"22\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"200\"/>"
        + "</w:pPr></w:pPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:basedOn w:val=\"Normal\"/>"
        + "<w:pPr><w:keepNext/><w:spacing w:before=\"240\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr></w:style>"
        + "<w:style w:type=\"character\" w:styleId=\"Emph\"><w:rPr><w:i/><w:color w:val=\"FF0000\"/></w:rPr></w:style>"
        + "</w:styles>");
    StyleResolver resolver = new StyleResolver(styles, new ThemeFonts(null, null));
    ParaStyle heading = resolver.paragraph("Heading1");
    assertEquals("both", heading.align);
    assertTrue(heading.keepNext);
    assertEquals(12f, heading.spaceBefore);
    assertEquals(10f, heading.spaceAfter);
    RunStyle run = resolver.run(null, "Heading1", "Emph");
    assertEquals("Calibri", run.ascii);
    assertEquals(16f, run.size);
    assertTrue(run.bold);
    assertTrue(run.italic);
    assertEquals(0xFF0000, run.color);
    assertEquals("Normal", resolver.paragraphStyleOrDefault("NoSuchStyle"));
  }

  @Test
  void directFormattingSetsIndentsSpacingAndTabs() throws XmlException {
    ParaStyle s = new ParaStyle();
    new PropertyReader(new ThemeFonts("Cambria", "Calibri")).paragraph(s, xml("<w:pPr>"
        + "<w:ind w:left=\"720\" w:hanging=\"360\"/><w:spacing w:line=\"360\" w:lineRule=\"auto\"/>"
        + "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9000\"/></w:tabs></w:pPr>"));
    assertEquals(36f, s.indLeft);
    assertEquals(-18f, s.indFirst);
    assertEquals(1.5f, s.line);
    assertEquals(List.of(new TabStop(450, "right", '.')), s.tabs);
    RunStyle r = new RunStyle();
    new PropertyReader(new ThemeFonts("Cambria", "Calibri")).run(r, xml("<w:rPr>"
        + "<w:rFonts w:asciiTheme=\"majorHAnsi\"/><w:b w:val=\"0\"/><w:u w:val=\"double\"/></w:rPr>"));
    assertEquals("Cambria", r.ascii);
    assertFalse(r.bold);
    assertEquals("double", r.underline);
  }

  @Test
  void tabsGoToCustomStopsThenDefaultStopsAfterTheLastCustomOne() {
    TabStops stops = new TabStops(List.of(new TabStop(100, "left", (char) 0)), 36, Float.NaN);
    assertEquals(100f, stops.next(10, false).position());
    assertEquals(108f, stops.next(100, false).position());
    TabStops hanging = new TabStops(List.of(), 36, 18);
    assertEquals(18f, hanging.next(5, true).position());
    assertEquals(36f, hanging.next(5, false).position());
  }

  @Test
  void linesBreakAtSpacesWithinTheAvailableWidth() {
    FontBook fonts = new FontBook();
    FontFace face = fonts.face("Arial", false, false);
    RunStyle style = new RunStyle();
    String text = "the quick brown fox jumps over the lazy dog ".repeat(5);
    Span span = Span.text(style, face, 10, text, null, false);
    Shaper shaper = new Shaper();
    LineBreaker breaker = new LineBreaker(new TabStops(List.of(), 36, Float.NaN), shaper,
        new LineBreaker.Geometry(0, 120, 0, 120));
    List<Line> lines = breaker.lines(Piece.split(List.of(span), shaper));
    assertTrue(lines.size() > 5, "lines: " + lines.size());
    StringBuilder joined = new StringBuilder();
    for (Line line : lines) {
      assertTrue(line.used <= 120.01f, "line too wide: " + line.used);
      for (Frag f : line.frags) {
        joined.append(f.text());
      }
    }
    assertEquals(text, joined.toString());
    assertTrue(lines.get(lines.size() - 1).last);
  }

  /**
   * Kashida justification (Arabic) is not spread with wider spaces: LibreOffice's reference of
   * stress010 shows these lines ragged at their end, set from the start (right) edge.
   */
  @Test
  void kashidaAlignedLinesStayRaggedAsInLibreOffice() throws XmlException {
    ParaStyle s = new ParaStyle();
    new PropertyReader(new ThemeFonts("Cambria", "Calibri")).paragraph(s, xml("<w:pPr>"
        + "<w:bidi/><w:jc w:val=\"lowKashida\"/></w:pPr>"));
    assertFalse(s.justified());
    assertEquals("start", s.logicalAlign());
    s.align = "both";
    assertTrue(s.justified());
  }

  /**
   * An {@code outset} border is twice Word's width and two rules, the upper one darker, as
   * LibreOffice draws it (bib-chernigovka's and bug59058's tables): {@code sz 6} of light grey
   * C0C0C0 is 1.5 pt, a 0.75 pt rule in 606060 above a 0.375 pt rule in C0C0C0.
   */
  @Test
  void outsetBordersAreTwoRulesTheUpperOneDarker() throws XmlException {
    assertEquals(1.5f, Border.of(xml("<w:top w:val=\"outset\" w:sz=\"6\"></w:top>")).width());
    assertEquals(0.75f, Border.of(xml("<w:top w:val=\"single\" w:sz=\"6\"></w:top>")).width());
    PdfPageContent content = new PdfPageContent(100);
    content.line(10, 50, 90, 50, 1.5f, 0xC0C0C0, "outset");
    String ops = new String(content.bytes(), java.nio.charset.StandardCharsets.US_ASCII);
    assertEquals(2, ops.split(" S\\b|\\bS\\n", -1).length - 1, ops);
    int dark = ops.indexOf("0.376 0.376 0.376 RG");
    int light = ops.indexOf("0.753 0.753 0.753 RG");
    assertTrue(dark >= 0 && light > dark, ops);
    assertTrue(ops.contains("0.75 w") && ops.contains("0.375 w"), ops);
  }

  @Test
  void symbolFontBulletsBecomeUnicode() {
    assertEquals("\u2022", SymbolChars.toUnicodeOrBullet("Symbol", "\uF0B7"));
    assertEquals("\u25AA", SymbolChars.toUnicodeOrBullet("Wingdings", "\uF0A7"));
    assertTrue(SymbolChars.isSymbolFont("Wingdings 2"));
    // the mapping slides use: a lozenge DejaVu Sans can draw, the same as in a slide's bullet
    assertEquals("\u25C6", SymbolChars.toUnicodeOrBullet("Wingdings", "\uF077"));
    assertEquals(SymbolChars.toUnicode("Wingdings", "w").orElseThrow(),
        SymbolChars.toUnicodeOrBullet("Wingdings", "w"));
    // unknown codes are bullets, text outside the symbol range and spaces stay as they are
    assertEquals("\u2022 \u0416", SymbolChars.toUnicodeOrBullet("Wingdings", "\uF021\uF020\u0416"));
  }

  /**
   * Column widths go through LibreOffice's separators (ten-thousandths of the table, rounded) and
   * back to whole twips (truncated): bug57031's tables, in twips.
   */
  @Test
  void columnsAreWholeTwipsAfterTheSeparatorRoundTrip() {
    assertColumns(new int[] {1244, 1337, 470, 1337}, new int[] {1243, 1338, 469, 1338});
    assertColumns(new int[] {564, 684, 1124, 1243, 1004}, new int[] {563, 685, 1123, 1243, 1005});
    assertColumns(new int[] {930, 1770}, new int[] {929, 1771});
    // one column, or an empty grid, stays as it is
    assertColumns(new int[] {9000}, new int[] {9000});
  }

  private static void assertColumns(int[] gridTwips, int[] expectedTwips) {
    float[] grid = new float[gridTwips.length];
    for (int i = 0; i < grid.length; i++) {
      grid[i] = gridTwips[i] / 20f;
    }
    float[] out = ColumnSeparators.quantize(grid);
    for (int i = 0; i < out.length; i++) {
      assertEquals(expectedTwips[i], Math.round(out[i] * 20), "column " + i);
    }
  }
}
