package dev.docket.convert.docx;

import dev.docket.convert.SymbolChars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the content of one run ({@code w:r}, ECMA-376 Part 1 §17.3.3): text, tabs, breaks, symbols,
 * field characters, note references, drawings and VML, in document order, with the run's resolved
 * formatting (defaults → table style → paragraph style → character style → direct formatting).
 */
final class RunReader {
  /** Markup-compatibility requirements whose {@code mc:Choice} this reader understands. */
  private static final Set<String> UNDERSTOOD = Set.of("wps", "wpg", "wp14", "w14", "a14", "w15", "v", "pic");

  /**
   * Where a run sits: the styles around it, the link it is part of, and the tracked change it is
   * in ({@code w:ins} or {@code w:del} element, else null).
   */
  record Scope(String tableStyle, String paraStyle, String link, XmlNode revision) {
    Scope(String tableStyle, String paraStyle, String link) {
      this(tableStyle, paraStyle, link, null);
    }

    Scope withLink(String target) {
      return new Scope(tableStyle, paraStyle, target == null ? link : target, revision);
    }

    Scope withRevision(XmlNode change) {
      return new Scope(tableStyle, paraStyle, link, change);
    }
  }

  private final DocContext ctx;
  private final Story story;
  private final FieldTracker fields;
  private final Footnote currentNote;
  private final String pageNumber;

  /** @param pageNumber the formatted number PAGE fields show, or null when not known yet */
  RunReader(DocContext ctx, Story story, FieldTracker fields, Footnote currentNote, String pageNumber) {
    this.ctx = ctx;
    this.story = story;
    this.fields = fields;
    this.currentNote = currentNote;
    this.pageNumber = pageNumber;
  }

  /** The run formatting for a run's {@code w:rPr} in a scope. */
  RunStyle style(XmlNode rPr, Scope scope) {
    String rStyle = rPr == null ? null : rPr.childVal("rStyle");
    // LibreOffice rebuilds tables of contents and drops the Hyperlink style from their entries.
    if (rStyle != null && scope.link() != null && scope.link().startsWith("#_Toc")) {
      rStyle = null;
    }
    RunStyle base = ctx.styles.run(scope.tableStyle(), scope.paraStyle(), rStyle);
    if (rPr == null || rPr.children().size() == (rPr.child("rStyle") == null ? 0 : 1)) {
      return base;
    }
    RunStyle style = base.copy();
    ctx.styles.reader().run(style, rPr);
    return style;
  }

  void run(XmlNode r, Scope scope, ParagraphContent out) {
    RunStyle style = style(r.child("rPr"), scope);
    if (scope.revision() != null) {
      style = ctx.revisions.mark(style, scope.revision());
    }
    String link = scope.link() != null ? scope.link() : fields.link();
    content(r, style, link, out);
  }

  private void content(XmlNode r, RunStyle style, String link, ParagraphContent out) {
    for (XmlNode c : r.children()) {
      switch (c.name) {
        case "t", "delText" -> text(out, style, c.text, link);
        case "instrText" -> fields.instruction(c.text);
        case "fldChar" -> fieldChar(c, style, out);
        case "tab", "ptab" -> mark(out, Span.Kind.TAB, style, link);
        case "br" -> mark(out, breakKind(c.attr("type")), style, link);
        case "cr" -> mark(out, Span.Kind.LINE_BREAK, style, link);
        case "noBreakHyphen" -> text(out, style, "-", link);
        case "sym" -> symbol(c, style, link, out);
        case "drawing" -> {
          if (!fields.hidesText() && !style.hidden) {
            DrawingReader.read(c, story, style, face(style), link, out);
          }
        }
        case "pict", "object" -> {
          if (!fields.hidesText() && !style.hidden) {
            VmlReader.read(c, story, style, ctx.fonts, link, out);
          }
        }
        case "mc:AlternateContent" -> {
          XmlNode branch = branch(c);
          if (branch != null) {
            content(branch, style, link, out);
          }
        }
        case "footnoteReference", "endnoteReference" -> {
          boolean customMark = "1".equals(c.attr("customMarkFollows")) || "true".equals(c.attr("customMarkFollows"));
          noteReference(c, style, customMark, out);
        }
        case "footnoteRef", "endnoteRef" -> {
          if (currentNote != null) {
            text(out, style, currentNote.label(), link);
          }
        }
        case "ruby" -> ruby(c, style, link, out);
        default -> { }
      }
    }
  }

  private void text(ParagraphContent out, RunStyle style, String text, String link) {
    if (text != null && !fields.hidesText()) {
      ctx.spanner.add(out.spans, style, text, link);
    }
  }

  private void mark(ParagraphContent out, Span.Kind kind, RunStyle style, String link) {
    if (!fields.hidesText() && (!style.hidden || kind == Span.Kind.PAGE_BREAK)) {
      FontFace face = face(style);
      out.spans.add(Span.mark(kind, style, face, style.effectiveSize(false), link));
    }
  }

  private static Span.Kind breakKind(String type) {
    if ("page".equals(type)) {
      return Span.Kind.PAGE_BREAK;
    }
    return "column".equals(type) ? Span.Kind.COLUMN_BREAK : Span.Kind.LINE_BREAK;
  }

  private void fieldChar(XmlNode fldChar, RunStyle style, ParagraphContent out) {
    String type = fldChar.attr("fldCharType");
    Span.Field page = null;
    boolean hidden = false;
    if ("begin".equals(type)) {
      fields.begin();
    } else if ("separate".equals(type)) {
      page = fields.separate();
      hidden = fields.enclosingHides();
    } else if ("end".equals(type)) {
      page = fields.end();
      hidden = fields.hidesText();
    }
    if (page != null && !hidden) {
      out.spans.add(Span.field(page, style, face(style), style.effectiveSize(false), pageNumber));
    }
  }

  /** Writes a page field of a {@code w:fldSimple} with the formatting of its first run. */
  void pageField(Span.Field page, XmlNode firstRun, Scope scope, ParagraphContent out) {
    RunStyle style = style(firstRun == null ? null : firstRun.child("rPr"), scope);
    out.spans.add(Span.field(page, style, face(style), style.effectiveSize(false), pageNumber));
  }

  private void symbol(XmlNode sym, RunStyle style, String link, ParagraphContent out) {
    int code;
    try {
      code = Integer.parseInt(String.valueOf(sym.attr("char")), 16);
    } catch (NumberFormatException e) {
      return;
    }
    String font = sym.attr("font");
    String raw = String.valueOf((char) code);
    String text = SymbolChars.isSymbolFont(font) ? SymbolChars.toUnicodeOrBullet(font, raw) : raw;
    RunStyle plain = style;
    if (SymbolChars.isSymbolFont(style.ascii)) {
      plain = style.copy();
      plain.ascii = "DejaVu Sans";
      plain.hAnsi = "DejaVu Sans";
    }
    text(out, plain, text, link);
  }

  private void noteReference(XmlNode ref, RunStyle style, boolean customMark, ParagraphContent out) {
    if (fields.hidesText()) {
      return;
    }
    int id = Units.integer(ref.attr("id"), -1);
    Footnote note = ctx.note(id, ref.name.equals("endnoteReference"), !customMark);
    FontFace face = face(style);
    Span span = Span.footnote(note, style, face, style.effectiveSize(false));
    if (customMark) {
      span = new Span(Span.Kind.FOOTNOTE, style, face, span.size, "", null, false);
      span.footnote = note;
    }
    out.spans.add(span);
  }

  private void ruby(XmlNode ruby, RunStyle style, String link, ParagraphContent out) {
    XmlNode base = ruby.child("rubyBase");
    if (base != null) {
      for (XmlNode r : base.children("r")) {
        content(r, style, link, out);
      }
    }
  }

  /** Office Math as plain text: the {@code m:t} of its runs, in the paragraph's formatting. */
  void math(XmlNode math, Scope scope, ParagraphContent out) {
    List<XmlNode> texts = new ArrayList<>();
    math.findAll("m:t", texts);
    StringBuilder sb = new StringBuilder();
    for (XmlNode t : texts) {
      if (t.text != null) {
        sb.append(t.text);
      }
    }
    if (!sb.isEmpty()) {
      RunStyle style = style(null, scope);
      text(out, style, sb.toString(), scope.link());
    }
  }

  FontFace face(RunStyle style) {
    return ctx.fonts.face(style.ascii, style.bold, style.italic);
  }

  /** The branch of an {@code mc:AlternateContent} to read: a Choice we understand, else Fallback. */
  static XmlNode branch(XmlNode alternate) {
    for (XmlNode choice : alternate.children("mc:Choice")) {
      String requires = choice.attr("Requires");
      if (requires != null && UNDERSTOOD.containsAll(List.of(requires.trim().split("\\s+")))) {
        return choice;
      }
    }
    return alternate.child("mc:Fallback");
  }
}
