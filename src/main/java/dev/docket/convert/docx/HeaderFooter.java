package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks and lays out the header and footer of each page (ECMA-376 Part 1 §17.10): the section's
 * first-page header on its first page when {@code w:titlePg} is set, the even header on even pages
 * when the document sets {@code w:evenAndOddHeaders}, else the default one; a missing one of the
 * chosen kind leaves the page without. Each header or footer is laid out once per width and page
 * number, so text around a PAGE field is placed for the number it shows, as LibreOffice formats
 * header and footer text again on each page; NUMPAGES fields are measured with placeholder digits.
 * The numbers themselves are filled in when the page is painted.
 */
final class HeaderFooter {
  private final DocContext ctx;
  private final FlowBuilder flow;
  private final PageServices services;
  private final Map<String, List<Box>> laidOut = new HashMap<>();

  HeaderFooter(DocContext ctx, FlowBuilder flow, PageServices services) {
    this.ctx = ctx;
    this.flow = flow;
    this.services = services;
  }

  PageFrame frame(Section s, int indexInSection, int number) {
    String type = s.titlePage() && indexInSection == 0 ? "first"
        : ctx.evenAndOddHeaders && number % 2 == 0 ? "even" : "default";
    String pageNumber = NumberFormats.format(s.pageFormat(), number);
    List<Box> header = boxes(s.headers().get(type), s.contentWidth(), pageNumber);
    List<Box> footer = boxes(s.footers().get(type), s.contentWidth(), pageNumber);
    float headerHeight = height(header);
    float footerHeight = height(footer);
    float bodyTop = Math.max(s.top(), header.isEmpty() ? 0 : s.header() + headerHeight);
    float footerTop = s.pageHeight() - s.footer() - footerHeight;
    float bodyBottom = Math.min(s.pageHeight() - s.bottom(), footer.isEmpty() ? s.pageHeight() : footerTop);
    if (bodyBottom - bodyTop < 36) {
      bodyTop = s.top();
      bodyBottom = s.pageHeight() - s.bottom();
    }
    List<Placement> floats = new ArrayList<>();
    anchored(header, s.header(), s, floats);
    anchored(footer, footerTop, s, floats);
    return new PageFrame(header, s.header(), footer, footerTop, bodyTop, bodyBottom, floats);
  }

  private void anchored(List<Box> boxes, float top, Section s, List<Placement> out) {
    float y = top;
    for (Box b : boxes) {
      for (Floating f : b.floats()) {
        out.add(FloatPlacer.placement(services, f, s, y, b));
      }
      y += b.height;
    }
  }

  private List<Box> boxes(String relationId, float width, String pageNumber) {
    if (relationId == null) {
      return List.of();
    }
    return laidOut.computeIfAbsent(relationId + "|" + width + "|" + pageNumber, key -> {
      Story story = ctx.source.headerFooter(relationId);
      if (story == null || story.root() == null) {
        return List.of();
      }
      return flow.build(story.root().children(), new InlineCollector(ctx, story, null, pageNumber), null, width,
          true);
    });
  }

  private static float height(List<Box> boxes) {
    float h = 0;
    for (Box b : boxes) {
      h += b.height;
    }
    return h;
  }
}
