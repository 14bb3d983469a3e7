package dev.docket.convert.docx;

/**
 * One inline item of a paragraph, ready for line breaking: text in a single face and size, a tab,
 * a break, an inline picture, a page-number field or a footnote mark. Lengths in points.
 */
final class Span {
  /** What the span is. */
  enum Kind { TEXT, TAB, LINE_BREAK, PAGE_BREAK, COLUMN_BREAK, PICTURE, FIELD, FOOTNOTE }

  /** Page-number fields resolved when pages are drawn (ECMA-376 Part 1 §17.16.5). */
  enum Field { PAGE, NUMPAGES, SECTIONPAGES }

  final Kind kind;
  final RunStyle style;
  /** Face of the text (text, field and footnote spans); for other kinds the face of the run. */
  final FontFace face;
  final float size;
  /**
   * The size the line's height is measured at: {@link #size}, except for small capitals, whose
   * line is as high as the full-size text's (LibreOffice sets the reduced capitals in a smaller
   * font but keeps the portion's height at the run's own size).
   */
  float lineSize;
  /** The characters (text and footnote spans), placeholder digits for fields, else "". */
  final String text;
  /** URI or {@code #bookmark} the span links to, or null. */
  final String link;
  /** True when the text is in a right-to-left script or needs shaping. */
  final boolean complex;
  private int[] kashidas;
  Picture picture;
  Field field;
  Footnote footnote;

  Span(Kind kind, RunStyle style, FontFace face, float size, String text, String link, boolean complex) {
    this.kind = kind;
    this.style = style;
    this.face = face;
    this.size = size;
    this.lineSize = size;
    this.text = text;
    this.link = link;
    this.complex = complex;
  }

  static Span text(RunStyle style, FontFace face, float size, String text, String link, boolean complex) {
    return new Span(Kind.TEXT, style, face, size, text, link, complex);
  }

  static Span mark(Kind kind, RunStyle style, FontFace face, float size, String link) {
    return new Span(kind, style, face, size, kind == Kind.TAB ? "\t" : "", link, false);
  }

  static Span picture(Picture picture, RunStyle style, FontFace face, String link) {
    Span s = new Span(Kind.PICTURE, style, face, style.size, "", link, false);
    s.picture = picture;
    return s;
  }

  /**
   * A page-number field, measured with the page number it will show when that is known at layout
   * time (headers and footers are laid out per page number), else with placeholder digits.
   *
   * @param pageNumber the formatted number of the page the field is laid out for, or null
   */
  static Span field(Field field, RunStyle style, FontFace face, float size, String pageNumber) {
    String text = field != Field.PAGE ? "99" : pageNumber != null ? pageNumber : "9";
    Span s = new Span(Kind.FIELD, style, face, size, text, null, false);
    s.field = field;
    return s;
  }

  static Span footnote(Footnote footnote, RunStyle style, FontFace face, float size) {
    Span s = new Span(Kind.FOOTNOTE, style, face, size, footnote.label(), null, false);
    s.footnote = footnote;
    return s;
  }

  /**
   * Joins neighbouring text spans that look the same, so text split across runs (often in the
   * middle of a word) is measured and shaped as one piece.
   */
  static java.util.List<Span> merge(java.util.List<Span> spans) {
    java.util.List<Span> out = new java.util.ArrayList<>(spans.size());
    for (Span s : spans) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s.kind == Kind.TEXT && last.kind == Kind.TEXT && last.face == s.face
          && last.size == s.size && last.lineSize == s.lineSize && last.complex == s.complex
          && java.util.Objects.equals(last.link, s.link) && last.style.sameLook(s.style)) {
        Span joined = text(last.style, last.face, last.size, last.text + s.text, last.link, last.complex);
        joined.lineSize = last.lineSize;
        out.set(out.size() - 1, joined);
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Where justification may stretch this text with kashida ({@link Kashida#positions}), computed
   * on first use; none unless the span is complex text whose face has a tatweel glyph (LibreOffice
   * gives up kashida justification for a font without one).
   */
  int[] kashidas() {
    if (kashidas == null) {
      kashidas = kind == Kind.TEXT && complex && face.has(0x0640) ? Kashida.positions(text) : new int[0];
    }
    return kashidas;
  }

  /** Baseline shift of the span in points: superscript up, subscript down, plus position. */
  float rise() {
    float base = style.vertAlign == 1 ? style.size * 0.33f : style.vertAlign == 2 ? -style.size * 0.08f : 0;
    return base + style.position;
  }

  @Override
  public String toString() {
    return kind + (text.isEmpty() ? "" : "'" + text + "'");
  }
}
