package dev.docket.convert.docx;

import java.util.List;

/**
 * Paragraph formatting after style inheritance (ECMA-376 Part 1 §17.3.1 paragraph properties,
 * §17.7.2 style hierarchy). Lengths in points. Built by copying and applying property elements
 * ({@link PropertyReader}); not changed once a paragraph has it.
 */
final class ParaStyle {
  /** Line spacing rules (§17.18.48 ST_LineSpacingRule). */
  enum LineRule { AUTO, EXACT, AT_LEAST }

  String styleId;
  /** {@code left}, {@code center}, {@code right}, {@code both}, {@code distribute}, ... */
  String align = "left";
  float indLeft;
  float indRight;
  /** First-line indent; negative for a hanging indent. */
  float indFirst;
  float spaceBefore;
  float spaceAfter;
  boolean beforeAuto;
  boolean afterAuto;
  /** For {@link LineRule#AUTO}: multiple of single spacing; else points. */
  float line = 1;
  LineRule lineRule = LineRule.AUTO;
  boolean contextualSpacing;
  boolean keepNext;
  boolean keepLines;
  boolean pageBreakBefore;
  boolean widowControl = true;
  boolean bidi;
  List<TabStop> tabs = List.of();
  /** Numbering instance, 0 for none; -1 when not set at this level. */
  int numId = -1;
  int ilvl;
  int shading = -1;
  Border top;
  Border bottom;
  Border left;
  Border right;
  Border between;
  /** A {@code w:framePr} is present (frames are laid out in the flow). */
  boolean frame;

  ParaStyle copy() {
    ParaStyle c = new ParaStyle();
    c.styleId = styleId;
    c.align = align;
    c.indLeft = indLeft;
    c.indRight = indRight;
    c.indFirst = indFirst;
    c.spaceBefore = spaceBefore;
    c.spaceAfter = spaceAfter;
    c.beforeAuto = beforeAuto;
    c.afterAuto = afterAuto;
    c.line = line;
    c.lineRule = lineRule;
    c.contextualSpacing = contextualSpacing;
    c.keepNext = keepNext;
    c.keepLines = keepLines;
    c.pageBreakBefore = pageBreakBefore;
    c.widowControl = widowControl;
    c.bidi = bidi;
    c.tabs = tabs;
    c.numId = numId;
    c.ilvl = ilvl;
    c.shading = shading;
    c.top = top;
    c.bottom = bottom;
    c.left = left;
    c.right = right;
    c.between = between;
    c.frame = frame;
    return c;
  }

  /** True when lines are spread to both edges (the last line of the paragraph stays ragged). */
  boolean justified() {
    return align.equals("both") || align.equals("distribute") || align.startsWith("thai");
  }

  /**
   * Alignment relative to the paragraph's direction: {@code start}, {@code center} or {@code end}.
   * Word writes {@code left}/{@code right} in right-to-left paragraphs meaning start/end, and
   * LibreOffice reads them so.
   */
  String logicalAlign() {
    return switch (align) {
      case "center" -> "center";
      case "right", "end" -> "end";
      default -> "start";
    };
  }
}
