package dev.docket.convert.docx;

/**
 * Reads a paragraph's content (ECMA-376 Part 1 §17.3.2 runs, §17.16 fields, §17.5.2 content
 * controls, hyperlinks, tracked changes) into a {@link ParagraphContent}: spans in logical order,
 * anchored objects and text boxes. Tracked insertions and deletions are shown marked, as
 * LibreOffice shows them ({@link Revisions}); content controls,
 * smart tags and custom XML are transparent. One instance per story, because complex fields may
 * span paragraphs.
 */
final class InlineCollector {
  private final DocContext ctx;
  private final Story story;
  private final Footnote currentNote;
  private final FieldTracker fields = new FieldTracker();
  private final RunReader runs;
  private final String pageNumber;

  /**
   * @param currentNote the note whose text this story is (its {@code w:footnoteRef} shows the
   *     note's number), or null
   */
  InlineCollector(DocContext ctx, Story story, Footnote currentNote) {
    this(ctx, story, currentNote, null);
  }

  /**
   * @param currentNote as above
   * @param pageNumber the formatted number PAGE fields show (a header or footer laid out for one
   *     page), or null when it is not known at layout time
   */
  InlineCollector(DocContext ctx, Story story, Footnote currentNote, String pageNumber) {
    this.ctx = ctx;
    this.story = story;
    this.currentNote = currentNote;
    this.pageNumber = pageNumber;
    this.runs = new RunReader(ctx, story, fields, currentNote, pageNumber);
  }

  Story story() {
    return story;
  }

  Footnote currentNote() {
    return currentNote;
  }

  /** The formatted number PAGE fields show, or null. */
  String pageNumber() {
    return pageNumber;
  }

  /**
   * @param tableStyle the enclosing table's style id, or null
   * @param paraStyle the paragraph's resolved style id
   */
  ParagraphContent collect(XmlNode paragraph, String tableStyle, String paraStyle) {
    ParagraphContent out = new ParagraphContent();
    children(paragraph, new RunReader.Scope(tableStyle, paraStyle, null), out);
    return out;
  }

  /** Run formatting for an {@code w:rPr} (e.g. the paragraph mark's) in a paragraph. */
  RunStyle style(XmlNode rPr, String tableStyle, String paraStyle) {
    return runs.style(rPr, new RunReader.Scope(tableStyle, paraStyle, null));
  }

  private void children(XmlNode parent, RunReader.Scope scope, ParagraphContent out) {
    for (XmlNode child : parent.children()) {
      switch (child.name) {
        case "r" -> runs.run(child, scope, out);
        case "hyperlink" -> children(child, scope.withLink(target(child)), out);
        case "fldSimple" -> simpleField(child, scope, out);
        case "sdt" -> {
          XmlNode content = child.child("sdtContent");
          if (content != null) {
            children(content, scope, out);
          }
        }
        case "smartTag", "customXml", "dir", "bdo", "sdtContent" -> children(child, scope, out);
        case "ins", "moveTo", "del", "moveFrom" -> children(child, scope.withRevision(child), out);
        case "m:oMath", "m:oMathPara" -> runs.math(child, scope, out);
        case "mc:AlternateContent" -> {
          XmlNode branch = RunReader.branch(child);
          if (branch != null) {
            children(branch, scope, out);
          }
        }
        default -> { }
      }
    }
  }

  private String target(XmlNode hyperlink) {
    String id = hyperlink.attr("r:id");
    String url = id == null ? null : story.hyperlink(id);
    if (url != null) {
      return url;
    }
    String anchor = hyperlink.attr("anchor");
    return anchor == null ? null : "#" + anchor;
  }

  private void simpleField(XmlNode field, RunReader.Scope scope, ParagraphContent out) {
    String instruction = field.attr("instr");
    Span.Field page = FieldTracker.pageField(instruction);
    if (page == null) {
      String link = FieldTracker.hyperlink(instruction);
      children(field, link == null ? scope : scope.withLink(link), out);
      return;
    }
    XmlNode firstRun = field.child("r");
    runs.pageField(page, firstRun, scope, out);
  }
}
