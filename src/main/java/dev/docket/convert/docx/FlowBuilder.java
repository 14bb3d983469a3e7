package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a sequence of block elements (paragraphs, tables, block content controls; ECMA-376 Part 1
 * §17.2.2 body content) into boxes for one column width: paragraphs become spacing and line boxes
 * with their keep rules (§17.3.1.14 keepNext, §17.3.1.15 keepLines, §17.3.1.44 widowControl,
 * §17.3.1.23 pageBreakBefore), contextual spacing is applied between paragraphs of one style
 * (§17.3.1.9), tables become row boxes, text boxes without a fixed place follow their paragraph.
 */
final class FlowBuilder {
  private final DocContext ctx;
  private final ParagraphLayout paragraphs;
  private final TableLayout tables;

  FlowBuilder(DocContext ctx, Shaper shaper) {
    this.ctx = ctx;
    this.paragraphs = new ParagraphLayout(ctx, shaper);
    this.tables = new TableLayout(ctx, this);
  }

  /**
   * @param tableStyle the style of the table the blocks are in, or null
   * @param inCell true inside a table cell (page breaks are ignored there)
   */
  List<Box> build(List<XmlNode> blocks, InlineCollector collector, String tableStyle, float width,
      boolean inCell) {
    List<Object> items = new ArrayList<>();
    collect(blocks, collector, tableStyle, width, items);
    contextualSpacing(items);
    autoSpacing(items, inCell);
    collapseSpacing(items, inCell);
    List<Box> boxes = new ArrayList<>();
    boolean pendingBreak = false;
    for (int k = 0; k < items.size(); k++) {
      Object item = items.get(k);
      if (item instanceof ParagraphBlock p && (p.hidden || pendingBreak && endsSectionEmpty(p))) {
        continue;
      }
      int first = boxes.size();
      if (item instanceof ParagraphBlock p) {
        paragraphBoxes(p, width, inCell, boxes, sharesBorders(items, k - 1, p), sharesBorders(items, k + 1, p));
        for (Story box : p.flowedBoxes) {
          if (box.root() != null) {
            InlineCollector inner = new InlineCollector(ctx, box, collector.currentNote(), collector.pageNumber());
            boxes.addAll(build(box.root().children(), inner, tableStyle, width, inCell));
          }
        }
      } else if (item instanceof Box anchor) {
        boxes.add(anchor);
      } else {
        @SuppressWarnings("unchecked")
        List<Box> rows = (List<Box>) item;
        boxes.addAll(rows);
      }
      if (pendingBreak && boxes.size() > first && !inCell) {
        boxes.get(first).breakBefore = true;
      }
      pendingBreak = item instanceof ParagraphBlock p && p.pageBreakAfter || pendingBreak && boxes.size() == first;
    }
    return boxes;
  }

  /**
   * True for an empty paragraph that only ends a section ({@code w:sectPr} in its properties): after
   * a page break it takes no page of its own, the section break after it starts the next page, as
   * LibreOffice lays it out (bug65649.docx: a page break, then the empty paragraph closing the
   * portrait section; the reference shows no blank page before the landscape section).
   */
  private static boolean endsSectionEmpty(ParagraphBlock p) {
    return p.sectionEnd != null && p.isEmpty() && p.flowedBoxes.isEmpty();
  }

  private void collect(List<XmlNode> blocks, InlineCollector collector, String tableStyle, float width,
      List<Object> items) {
    for (XmlNode el : blocks) {
      switch (el.name) {
        case "p" -> {
          if (FrameReader.isFrame(el)) {
            items.add(frame(el, collector, tableStyle, width));
          } else {
            items.add(paragraphs.layout(el, collector, tableStyle, width));
          }
        }
        case "tbl" -> items.add(tables.layout(el, collector, width));
        case "sdt" -> {
          XmlNode content = el.child("sdtContent");
          if (content != null) {
            collect(content.children(), collector, tableStyle, width, items);
          }
        }
        case "customXml", "ins", "moveTo" -> collect(el.children(), collector, tableStyle, width, items);
        case "mc:AlternateContent" -> {
          XmlNode branch = RunReader.branch(el);
          if (branch != null) {
            collect(branch.children(), collector, tableStyle, width, items);
          }
        }
        default -> { }
      }
    }
  }

  /** A framed paragraph: a zero-height anchor carrying the frame as a floating text box. */
  private Box frame(XmlNode p, InlineCollector collector, String tableStyle, float width) {
    ParagraphBlock block = paragraphs.layout(p, collector, tableStyle, width);
    float natural = 0;
    float height = block.spaceBefore + block.spaceAfter;
    for (Line line : block.lines) {
      natural = Math.max(natural, line.start + line.used + block.style.indRight);
      height += line.height;
    }
    Floating floating = FrameReader.floating(p, collector.story(), Math.min(width, natural + 0.5f), height);
    return new AnchorBox(floating);
  }

  private static void contextualSpacing(List<Object> items) {
    for (int i = 0; i + 1 < items.size(); i++) {
      if (items.get(i) instanceof ParagraphBlock a && items.get(i + 1) instanceof ParagraphBlock b
          && a.style.styleId != null && a.style.styleId.equals(b.style.styleId)) {
        if (a.style.contextualSpacing) {
          a.spaceAfter = 0;
        }
        if (b.style.contextualSpacing) {
          b.spaceBefore = 0;
        }
      }
    }
  }

  /**
   * HTML-style automatic spacing (§17.3.1.33 beforeAutospacing/afterAutospacing) collapses between
   * two auto-spaced paragraphs and is dropped at the start of a story and the end of a table cell,
   * as in Word.
   */
  private static void autoSpacing(List<Object> items, boolean inCell) {
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof ParagraphBlock p)) {
        continue;
      }
      if (p.style.beforeAuto && (i == 0
          || i > 0 && items.get(i - 1) instanceof ParagraphBlock prev && prev.style.afterAuto)) {
        p.spaceBefore = 0;
      }
      if (p.style.afterAuto && inCell && i == items.size() - 1) {
        p.spaceAfter = 0;
      }
    }
  }

  /**
   * Between two paragraphs only the larger of the space after the first and the space before the
   * second is kept, as LibreOffice lays out Word documents; but not across a page break (the
   * second paragraph's page break before, or a page break ending the first): LibreOffice takes the
   * larger of the two only from a paragraph above on the same page ({@code
   * SwFlowFrame::CalcUpperSpace}), so the second keeps its own space before at the top of its page.
   */
  private static void collapseSpacing(List<Object> items, boolean inCell) {
    for (int i = 0; i + 1 < items.size(); i++) {
      if (items.get(i) instanceof ParagraphBlock a && items.get(i + 1) instanceof ParagraphBlock b
          && !a.hidden && !b.hidden && (inCell || !pageBreakBetween(a, b))) {
        if (a.spaceAfter >= b.spaceBefore) {
          b.spaceBefore = 0;
        } else {
          a.spaceAfter = 0;
        }
      }
    }
  }

  private static boolean pageBreakBetween(ParagraphBlock a, ParagraphBlock b) {
    return b.style.pageBreakBefore || a.lines.get(a.lines.size() - 1).endedBy == Span.Kind.PAGE_BREAK;
  }

  /**
   * True when the item at {@code index} is a paragraph with the same borders and indents as
   * {@code p}: LibreOffice draws consecutive such paragraphs as one bordered block, the top border
   * above the first only and the bottom border below the last only (Word merges them too).
   */
  private static boolean sharesBorders(List<Object> items, int index, ParagraphBlock p) {
    if (index < 0 || index >= items.size() || !(items.get(index) instanceof ParagraphBlock o) || o.hidden) {
      return false;
    }
    ParaStyle a = p.style;
    ParaStyle b = o.style;
    return (a.top != null || a.bottom != null) && Objects.equals(a.top, b.top)
        && Objects.equals(a.bottom, b.bottom) && Objects.equals(a.left, b.left) && Objects.equals(a.right, b.right)
        && a.indLeft == b.indLeft && a.indRight == b.indRight;
  }

  private static void paragraphBoxes(ParagraphBlock p, float width, boolean inCell, List<Box> out,
      boolean joinedAbove, boolean joinedBelow) {
    ParaStyle s = p.style;
    int first = out.size();
    if (p.spaceBefore > 0) {
      SpaceBox before = new SpaceBox(p.spaceBefore, false);
      before.keepWithNext = true;
      out.add(before);
    }
    int n = p.lines.size();
    for (int i = 0; i < n; i++) {
      Line line = p.lines.get(i);
      LineBox box = new LineBox(line, s, width, i == 0, i == n - 1, i == 0 ? p.floats : List.of(),
          i == 0 && !joinedAbove ? s.top : null, i == n - 1 && !joinedBelow ? s.bottom : null);
      if (i == 0 && s.beforeAuto && p.spaceBefore <= 0) {
        box.spaceAfterSplit = 14;
      }
      box.keepWithNext = s.keepLines && i < n - 1
          || s.widowControl && n >= 2 && (i == 0 || i == n - 2) && n > 1 && i < n - 1
          || s.keepNext && i == n - 1;
      if (i > 0 && p.lines.get(i - 1).endedBy == Span.Kind.PAGE_BREAK && !inCell) {
        box.breakBefore = true;
      }
      out.add(box);
    }
    if (p.spaceAfter > 0) {
      SpaceBox after = new SpaceBox(p.spaceAfter, true);
      after.keepWithNext = s.keepNext;
      out.add(after);
    }
    if (s.pageBreakBefore && !inCell && out.size() > first) {
      out.get(first).breakBefore = true;
    }
  }
}
