package dev.docket.convert.docx;

import java.util.List;

/**
 * A laid-out paragraph: its resolved formatting, its lines (at least one), the objects anchored to
 * it and text boxes to flow after it. {@code sectionEnd} holds the {@code w:sectPr} when the
 * paragraph ends a section (ECMA-376 Part 1 §17.6.17).
 */
final class ParagraphBlock {
  final ParaStyle style;
  final List<Line> lines;
  final List<Floating> floats;
  final List<Story> flowedBoxes;
  final XmlNode sectionEnd;
  /** Spacing before and after, points, after auto-spacing; changed by contextual spacing. */
  float spaceBefore;
  float spaceAfter;
  /** An empty paragraph whose mark is hidden ({@code w:vanish}): it takes no space. */
  boolean hidden;
  /** The paragraph ends with a page break: the block after it starts a new page. */
  boolean pageBreakAfter;

  ParagraphBlock(ParaStyle style, List<Line> lines, List<Floating> floats, List<Story> flowedBoxes,
      XmlNode sectionEnd) {
    this.style = style;
    this.lines = lines;
    this.floats = floats;
    this.flowedBoxes = flowedBoxes;
    this.sectionEnd = sectionEnd;
    this.spaceBefore = style.beforeAuto ? 14 : style.spaceBefore;
    this.spaceAfter = style.afterAuto ? 14 : style.spaceAfter;
  }

  /** True when the paragraph shows nothing but its mark (it may still end a section). */
  boolean isEmpty() {
    return lines.size() == 1 && lines.get(0).isEmpty() && floats.isEmpty();
  }
}
