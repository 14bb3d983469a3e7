package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one paragraph ({@code w:p}) at a given column width: resolves its formatting (defaults →
 * table style → paragraph style → numbering level → direct, ECMA-376 Part 1 §17.7.2 and §17.9.23),
 * prepends the list label (§17.9), breaks lines ({@link LineBreaker}), then sets each line's height
 * and baseline from the line spacing rule (§17.3.1.33) and its horizontal offset from the
 * alignment (§17.3.1.13), spreading justified lines.
 */
final class ParagraphLayout {
  private final DocContext ctx;
  private final Shaper shaper;

  ParagraphLayout(DocContext ctx, Shaper shaper) {
    this.ctx = ctx;
    this.shaper = shaper;
  }

  ParagraphBlock layout(XmlNode p, InlineCollector collector, String tableStyle, float width) {
    XmlNode pPr = p.child("pPr");
    String styleId = ctx.styles.paragraphStyleOrDefault(pPr == null ? null : pPr.childVal("pStyle"));
    ParaStyle style = resolve(pPr, tableStyle, styleId);
    ParagraphContent content = collector.collect(p, tableStyle, styleId);
    RunStyle mark = collector.style(pPr == null ? null : pPr.child("rPr"), tableStyle, styleId);
    List<Span> spans = Span.merge(content.spans);
    boolean hidden = mark.hidden && spans.isEmpty() && content.floats.isEmpty();
    if (style.numId > 0) {
      spans = withLabel(style, mark, spans);
    }
    LineBreaker.Geometry geometry = new LineBreaker.Geometry(style.indLeft + style.indFirst,
        width - style.indLeft - style.indRight - style.indFirst, style.indLeft,
        width - style.indLeft - style.indRight);
    float hanging = style.indFirst < 0 ? style.indLeft : Float.NaN;
    TabStops tabs = new TabStops(style.tabs, ctx.defaultTab, hanging);
    List<Line> lines = new LineBreaker(tabs, shaper, geometry).lines(Piece.split(spans, shaper));
    if (startsWithPageBreak(lines, !content.rules.isEmpty())) {
      lines.remove(0);
      style.pageBreakBefore = true;
    }
    boolean breakAfter = endsWithPageBreak(lines);
    if (breakAfter) {
      lines.remove(lines.size() - 1);
      lines.get(lines.size() - 1).last = true;
    }
    RunStyle plain = ctx.styles.run(tableStyle, styleId, null);
    boolean onlyRules = !content.rules.isEmpty() && spans.stream().allMatch(s -> s.kind == Span.Kind.PAGE_BREAK);
    for (Line line : lines) {
      emptyLineMetrics(line, onlyRules ? plain : mark, plain);
      spacing(style, line);
      align(style, line);
    }
    List<Floating> floats = content.floats;
    if (!content.rules.isEmpty()) {
      floats = new ArrayList<>(content.floats);
      for (HorizontalRule rule : content.rules) {
        floats.add(rule.floating(width - style.indLeft - style.indRight));
      }
    }
    ParagraphBlock block = new ParagraphBlock(style, lines, floats, content.flowedBoxes,
        pPr == null ? null : pPr.child("sectPr"));
    block.hidden = hidden;
    block.pageBreakAfter = breakAfter;
    return block;
  }

  /**
   * An empty line takes the height of the paragraph mark's font (of the paragraph's own font when
   * the paragraph holds only horizontal rules, see {@link HorizontalRule}); a line of blanks that of
   * the paragraph's own font (not the blanks' font), as LibreOffice measures them.
   */
  private void emptyLineMetrics(Line line, RunStyle mark, RunStyle plain) {
    RunStyle source = line.ascent + line.descent <= 0 ? mark : isBlank(line) ? plain : null;
    if (source != null) {
      FontFace face = ctx.fonts.face(source.ascii, source.bold, source.italic);
      line.ascent = face.ascent * source.size;
      line.descent = (face.descent + face.lineGap) * source.size;
      line.gap = face.lineGap * source.size;
      line.cellGap = face.cellGap * source.size;
    }
  }

  private static boolean isBlank(Line line) {
    for (Frag f : line.frags) {
      boolean blank = f.span.kind == Span.Kind.TAB
          || f.span.kind == Span.Kind.TEXT && f.span.text.substring(f.start, f.end).isBlank();
      if (!blank) {
        return false;
      }
    }
    return !line.frags.isEmpty() && line.pictureHeight == 0;
  }

  /**
   * True when a page break is the paragraph's first content and more follows (text, or a horizontal
   * rule): the paragraph then starts the next page, with no empty line left on the page before, as
   * LibreOffice turns such a break into a page break before the paragraph (bug57031: a page break,
   * then a horizontal rule, which LibreOffice draws at the top of the next page). A paragraph that
   * is only a page break keeps its mark on the page before ({@link #endsWithPageBreak}).
   */
  private static boolean startsWithPageBreak(List<Line> lines, boolean rules) {
    if (lines.size() < 2 || !lines.get(0).isEmpty() || lines.get(0).endedBy != Span.Kind.PAGE_BREAK) {
      return false;
    }
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty()) {
        return true;
      }
    }
    return rules;
  }

  /**
   * True when a page break is the paragraph's last content: its mark then stays on the page before
   * (Word 2013 and later, and LibreOffice), and the next block starts the new page.
   */
  private static boolean endsWithPageBreak(List<Line> lines) {
    int n = lines.size();
    return n >= 2 && lines.get(n - 1).isEmpty() && lines.get(n - 2).endedBy == Span.Kind.PAGE_BREAK;
  }

  private ParaStyle resolve(XmlNode pPr, String tableStyle, String styleId) {
    ParaStyle style = ctx.styles.paragraph(tableStyle, styleId).copy();
    ctx.styles.reader().paragraph(style, pPr);
    if (style.numId > 0) {
      Numbering.Level level = ctx.numbering.level(style.numId, style.ilvl);
      if (level != null && level.pPr() != null) {
        ParaStyle numbered = ctx.styles.paragraph(tableStyle, styleId).copy();
        ctx.styles.reader().paragraph(numbered, level.pPr());
        ctx.styles.reader().paragraph(numbered, pPr);
        numbered.numId = style.numId;
        numbered.ilvl = style.ilvl;
        return numbered;
      }
    }
    return style;
  }

  private List<Span> withLabel(ParaStyle style, RunStyle mark, List<Span> spans) {
    String label = ctx.numbering.nextLabel(style.numId, style.ilvl);
    if (label == null || label.isEmpty()) {
      return spans;
    }
    Numbering.Level level = ctx.numbering.level(style.numId, style.ilvl);
    RunStyle labelStyle = mark.copy();
    labelStyle.hidden = false;
    labelStyle.underline = null;
    ctx.styles.reader().run(labelStyle, level.rPr());
    List<Span> labelled = new ArrayList<>(spans.size() + 3);
    ctx.spanner.add(labelled, labelStyle, label, null);
    String suffix = level.suffix() == null ? "tab" : level.suffix();
    FontFace face = ctx.fonts.face(labelStyle.ascii, labelStyle.bold, labelStyle.italic);
    if (suffix.equals("tab")) {
      labelled.add(Span.mark(Span.Kind.TAB, labelStyle, face, labelStyle.size, null));
    } else if (suffix.equals("space")) {
      ctx.spanner.add(labelled, labelStyle, " ", null);
    }
    labelled.addAll(spans);
    return labelled;
  }

  /**
   * Height and baseline from the spacing rule, as LibreOffice applies it: proportional spacing
   * scales the text's height, not inline pictures, which sit on the baseline, and puts the fonts'
   * line gap above the text; an exact height puts the baseline at four fifths of it (Writer's
   * {@code SwTextFormatter::CalcRealHeight}).
   */
  static void spacing(ParaStyle style, Line line) {
    float text = line.ascent + line.descent;
    float ascent = Math.max(line.ascent, line.pictureHeight);
    float natural = ascent + line.descent;
    switch (style.lineRule) {
      case EXACT -> {
        line.height = style.line;
        line.baseline = line.height * 0.8f;
      }
      case AT_LEAST -> {
        line.height = Math.max(natural, style.line);
        line.baseline = line.height - line.descent;
      }
      default -> {
        line.height = Math.max(proportional(text, style.line), natural);
        // the font's line gap goes above the text, as LibreOffice sets it
        line.baseline = style.line < 1 && line.pictureHeight == 0 ? line.ascent * style.line : ascent + line.gap;
      }
    }
  }

  /**
   * A proportionally spaced line's height in whole twips, as Writer keeps it: the text height in
   * twips times the percentage, the fraction dropped ({@code SwTextFormatter::CalcRealHeight},
   * integer arithmetic); points. Liberation Serif 12 pt at 1.15: 276 twips → 317 twips (15.85 pt).
   */
  static float proportional(float text, float factor) {
    long twips = Math.round(text * 20);
    return (float) Math.floor(twips * (double) factor + 1e-6) / 20f;
  }

  /**
   * Sets the line's offset for its alignment, or spreads a justified line. A line whose content is
   * wider than the line (a picture wider than the column) starts at the line's start whatever the
   * alignment and overflows at its end, as LibreOffice places it (bug57031's 480 pt chart in a
   * 468 pt centred paragraph starts at the left margin).
   */
  private void align(ParaStyle style, Line line) {
    float free = Math.max(0, line.width - line.used);
    boolean justify = style.justified() && !line.last && line.endedBy != Span.Kind.PAGE_BREAK
        && (line.endedBy == null || ctx.expandShiftReturn);
    if (justify && free > 0) {
      Justifier.spread(line, free);
      return;
    }
    switch (style.logicalAlign()) {
      case "center" -> line.offset = free / 2;
      case "end" -> line.offset = free;
      default -> line.offset = 0;
    }
  }
}
