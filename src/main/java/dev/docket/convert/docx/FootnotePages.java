package dev.docket.convert.docx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Footnote numbers restarting on each page (ECMA-376 Part 1 §17.11.19 {@code numRestart
 * eachPage}): from a first layout with running numbers, the number each footnote shows on the
 * page of its reference, 1 for the page's first reference in reading order. The document is then
 * laid out again with these marks, as LibreOffice reformats a page whose footnote numbers change;
 * the marks are narrower, so a page may end a little later than in the first layout.
 */
final class FootnotePages {
  private FootnotePages() {}

  /** Footnote number (in reference order, from 1) to its number on its page. */
  static Map<Integer, Integer> numbers(List<Page> pages) {
    Map<Integer, Integer> shown = new HashMap<>();
    for (Page page : pages) {
      int onPage = 0;
      for (Placement placed : page.body) {
        for (Footnote note : placed.box().notes()) {
          if (!note.endnote() && !shown.containsKey(note.number())) {
            shown.put(note.number(), ++onPage);
          }
        }
      }
    }
    return shown;
  }
}
