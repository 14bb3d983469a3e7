package dev.docket.convert.docx;

import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.job.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out a whole document into pages before anything is drawn (so the page count is known for
 * NUMPAGES and progress): the body is cut into sections at each paragraph carrying a
 * {@code w:sectPr} (ECMA-376 Part 1 §17.6.17; the body's last {@code w:sectPr} describes the last
 * section), each section's blocks are built into boxes at its column width and stacked by the
 * {@link PageComposer}. Enforces the page limit and checks for cancellation after each page.
 */
final class DocumentLayout implements PageServices {
  private final DocContext ctx;
  private final ConversionContext conversion;
  private final FlowBuilder flow;
  private final HeaderFooter headerFooter;
  private final Map<String, List<Box>> notes = new HashMap<>();

  DocumentLayout(DocContext ctx, Shaper shaper, ConversionContext conversion) {
    this.ctx = ctx;
    this.conversion = conversion;
    this.flow = new FlowBuilder(ctx, shaper);
    this.headerFooter = new HeaderFooter(ctx, flow, this);
  }

  List<Page> layout() throws ConversionException {
    Story body = ctx.source.body();
    PageComposer composer = new PageComposer(this);
    InlineCollector collector = new InlineCollector(ctx, body, null);
    Section previous = null;
    List<XmlNode> blocks = new ArrayList<>();
    List<XmlNode> children = body.root() == null ? List.of() : body.root().children();
    for (XmlNode el : children) {
      if (el.name.equals("sectPr")) {
        continue;
      }
      blocks.add(el);
      XmlNode pPr = el.name.equals("p") ? el.child("pPr") : null;
      XmlNode sectPr = pPr == null ? null : pPr.child("sectPr");
      if (sectPr != null) {
        previous = section(composer, collector, blocks, Section.of(sectPr, previous));
        blocks = new ArrayList<>();
      }
    }
    XmlNode last = body.root() == null ? null : body.root().child("sectPr");
    if (!blocks.isEmpty() || previous == null) {
      section(composer, collector, blocks, Section.of(last, previous));
    }
    return composer.pages();
  }

  private Section section(PageComposer composer, InlineCollector collector, List<XmlNode> blocks, Section s)
      throws ConversionException {
    composer.startSection(s);
    for (Box box : flow.build(blocks, collector, null, s.contentWidth(), false)) {
      composer.add(box);
    }
    return s;
  }

  @Override
  public PageFrame frame(Section section, int indexInSection, int number) {
    return headerFooter.frame(section, indexInSection, number);
  }

  @Override
  public List<Box> noteBoxes(Footnote note, Section section) {
    String key = note.id() + "|" + note.endnote() + "|" + section.contentWidth();
    return notes.computeIfAbsent(key, k -> {
      Story story = ctx.source.note(note.id(), note.endnote());
      if (story == null || story.root() == null) {
        return List.of();
      }
      return flow.build(story.root().children(), new InlineCollector(ctx, story, note), null,
          section.contentWidth(), true);
    });
  }

  @Override
  public Box floating(Floating floating, Section section) {
    List<Box> content = List.of();
    Story box = floating.textBox();
    if (box != null && box.root() != null) {
      float[] insets = floating.outline().insets();
      float width = Math.max(10, floating.width() - insets[0] - insets[2]);
      content = flow.build(box.root().children(), new InlineCollector(ctx, box, null), null, width, true);
    }
    return new FloatBox(floating, content);
  }

  @Override
  public void pageAdded(int pages) throws ConversionException {
    int max = conversion.limits().maxPages();
    if (pages > max) {
      throw new ConversionException(ErrorCode.DOCUMENT_TOO_LARGE, "The document has more than "
          + max + " pages, the limit (maxPages)");
    }
    conversion.checkpoint();
  }
}
