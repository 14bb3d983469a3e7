package dev.docket.convert.docx;

/**
 * A footnote or endnote reference (ECMA-376 Part 1 §17.11): the note's id in its part and the
 * number shown at the reference and before the note's text.
 *
 * @param id {@code w:id} of the note
 * @param number the note's number in reference order, from 1
 * @param endnote true for an endnote
 * @param shown the number the mark shows: {@code number}, or the note's number on its page when
 *     footnotes restart on each page (§17.11.19 numRestart {@code eachPage})
 */
record Footnote(int id, int number, boolean endnote, int shown) {
  /** The mark shown for the note: its number, or lower-case roman numerals for endnotes. */
  String label() {
    return endnote ? NumberFormats.format("lowerRoman", shown) : Integer.toString(shown);
  }
}
