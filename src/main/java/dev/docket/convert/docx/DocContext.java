package dev.docket.convert.docx;

import java.util.Map;

/**
 * What laying out one document needs besides the content at hand: its styles, numbering, fonts,
 * settings (ECMA-376 Part 1 §17.15: default tab stop, even/odd headers, compatibility options) and
 * the running count of footnotes and endnotes. One per conversion.
 */
final class DocContext {
  final DocxSource source;
  final StyleResolver styles;
  final Numbering numbering;
  final FontBook fonts;
  final TextSpanner spanner;
  /** Distance between default tab stops, points (§17.15.1.25). */
  final float defaultTab;
  /** Even pages use the even header and footer (§17.10.1). */
  final boolean evenAndOddHeaders;
  /** Lines ending in a manual line break are justified too (unless doNotExpandShiftReturn). */
  final boolean expandShiftReturn;
  /** Word version the document is laid out for (compatibilityMode: 11-15); 12 when absent. */
  final int compatibilityMode;
  final Revisions revisions = new Revisions();
  /** Page background colour, or -1 for none. */
  final int background;
  /**
   * Footnotes are numbered from 1 on each page (§17.11.19 {@code numRestart eachPage} in the
   * settings' {@code footnotePr}).
   */
  final boolean footnotesRestartEachPage;
  /** Footnote number to the number it shows on its page, from an earlier layout; null before. */
  private final Map<Integer, Integer> shownOnPage;
  private int footnotes;
  private int endnotes;

  DocContext(DocxSource source) {
    this(source, null);
  }

  /**
   * @param shownOnPage footnote number (in reference order, from 1) to the number its marks show,
   *     as {@link FootnotePages} found it on a first layout; null to show the running numbers
   */
  DocContext(DocxSource source, Map<Integer, Integer> shownOnPage) {
    this.source = source;
    this.shownOnPage = shownOnPage;
    this.styles = new StyleResolver(source.styles(), source.theme());
    this.numbering = new Numbering(source.numbering(), styles);
    this.fonts = new FontBook();
    this.spanner = new TextSpanner(fonts);
    XmlNode settings = source.settings();
    float tab = settings == null ? 36 : Units.twips(settings.childVal("defaultTabStop"), 36);
    this.defaultTab = tab > 1 ? tab : 36;
    this.evenAndOddHeaders = settings != null && Units.onOff(settings.child("evenAndOddHeaders"));
    XmlNode compat = settings == null ? null : settings.child("compat");
    this.expandShiftReturn = compat == null || compat.child("doNotExpandShiftReturn") == null;
    this.compatibilityMode = compatibilityMode(compat);
    this.background = source.background();
    XmlNode notePr = settings == null ? null : settings.child("footnotePr");
    this.footnotesRestartEachPage = notePr != null && "eachPage".equals(notePr.childVal("numRestart"));
  }

  private static int compatibilityMode(XmlNode compat) {
    if (compat != null) {
      for (XmlNode setting : compat.children("compatSetting")) {
        if ("compatibilityMode".equals(setting.attr("name"))) {
          return Units.integer(setting.attr("val"), 12);
        }
      }
    }
    return 12;
  }

  /**
   * Numbers the next footnote (or endnote) reference in reading order. A reference with a custom
   * mark ({@code w:customMarkFollows}, ECMA-376 Part 1 §17.11.14) takes no number: automatic
   * numbering counts only automatically numbered notes, in Word and in LibreOffice (whose footnote
   * numbering skips notes with their own mark), so the note after it keeps the next number. The
   * number shown is the per-page one when footnotes restart on each page.
   *
   * @param numbered false for a reference with a custom mark
   */
  Footnote note(int id, boolean endnote, boolean numbered) {
    int number = !numbered ? (endnote ? endnotes : footnotes) : endnote ? ++endnotes : ++footnotes;
    int shown = endnote || shownOnPage == null ? number : shownOnPage.getOrDefault(number, number);
    return new Footnote(id, number, endnote, shown);
  }
}
