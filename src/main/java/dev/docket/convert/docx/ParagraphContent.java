package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * What a paragraph holds once its runs are read: inline spans in logical order, objects anchored to
 * it, horizontal rules, and text boxes whose size is unknown, which are flowed as blocks after the
 * paragraph.
 */
final class ParagraphContent {
  final List<Span> spans = new ArrayList<>();
  final List<Floating> floats = new ArrayList<>();
  final List<Story> flowedBoxes = new ArrayList<>();
  /** VML horizontal rules in the paragraph, drawn from its top ({@link HorizontalRule}). */
  final List<HorizontalRule> rules = new ArrayList<>();
}
