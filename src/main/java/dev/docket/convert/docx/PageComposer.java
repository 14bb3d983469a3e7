package dev.docket.convert.docx;

import dev.docket.convert.ConversionException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stacks boxes onto pages. A box that does not fit starts a new page; a splittable box (a table
 * row) is split; boxes chained by {@link Box#keepWithNext} move to the next page together unless
 * the chain already starts the page. Space before a paragraph is dropped at the top of a page the
 * text flowed onto (kept after a page or section break), space after one at every page top, as
 * LibreOffice does. Footnotes referenced by a box go to the bottom of its page
 * ({@link NoteArea}). Sections start pages as their type says (ECMA-376 Part 1 §17.18.77: next page, even,
 * odd, continuous) and may restart page numbers.
 */
final class PageComposer {
  private static final float EPSILON = 0.05f;

  private final PageServices services;
  private final FloatPlacer floats;
  private final NoteArea notes;
  private final List<Page> pages = new ArrayList<>();
  private Page page;
  private float y;
  private Section section;
  private int sectionIndex = -1;
  private int indexInSection;
  private int nextNumber = 1;
  /** The current page began because the one before was full (not at a section or page break). */
  private boolean flowed;

  PageComposer(PageServices services) {
    this.services = services;
    this.floats = new FloatPlacer(services);
    this.notes = new NoteArea(services);
  }

  List<Page> pages() {
    return pages;
  }

  /** Begins a section; every section but a continuous one (of the same page size) starts a page. */
  void startSection(Section next) throws ConversionException {
    boolean sameSize = section != null && section.pageWidth() == next.pageWidth()
        && section.pageHeight() == next.pageHeight();
    boolean continuous = "continuous".equals(next.type()) || "nextColumn".equals(next.type());
    section = next;
    sectionIndex++;
    indexInSection = 0;
    if (page != null && continuous && sameSize) {
      return;
    }
    if (next.pageStart() >= 0) {
      nextNumber = next.pageStart();
    }
    boolean wantEven = "evenPage".equals(next.type());
    boolean wantOdd = "oddPage".equals(next.type());
    if (page != null && (wantEven && nextNumber % 2 != 0 || wantOdd && nextNumber % 2 == 0)) {
      newPage();
    }
    newPage();
  }

  /** Places a box, breaking pages as needed. */
  void add(Box box) throws ConversionException {
    if (box.breakBefore && page.hasContent()) {
      newPage();
    }
    if (box instanceof SpaceBox space) {
      if (page.hasContent() || !space.after() && !(flowed && !box.breakBefore)) {
        place(box);
        y = Math.min(y, page.bodyBottom());
      }
      return;
    }
    if (box instanceof RowBox row && !page.hasContent() && !row.isHeader && repeatable(row.headers)) {
      for (RowBox header : row.headers) {
        place(header);
      }
    }
    if (!page.exclusions.isEmpty()) {
      y = page.below(y, box.height);
    }
    if (fits(box) || !page.hasContent() && !box.splittable()) {
      place(box);
    } else if (!split(box)) {
      breakBefore(box);
    }
  }

  /** True when the page holds nothing but repeated table header rows. */
  private boolean isHeaderOnly() {
    for (Placement p : page.body) {
      if (!(p.box() instanceof RowBox row && row.isHeader)) {
        return false;
      }
    }
    return true;
  }

  /** Header rows are repeated when they take less than half the page (else nothing else would fit). */
  private boolean repeatable(List<RowBox> headers) {
    float h = 0;
    for (RowBox header : headers) {
      h += header.height;
    }
    return !headers.isEmpty() && h < (page.frame.bodyBottom() - page.bodyTop()) / 2;
  }

  /**
   * True when the box (with its footnotes, or at least a line's first note) fits above the page
   * bottom; a row ending a page gets a bottom border there, which must fit too (LibreOffice).
   */
  private boolean fits(Box box) {
    float bottom = page.bodyBottom() + EPSILON - (box instanceof RowBox row ? row.closingBorder() : 0);
    return y + box.height + notes.needed(page, box, section) <= bottom
        || box instanceof LineBox && y + box.height + notes.minimum(page, box, section) <= bottom;
  }

  /**
   * Places what fits of a splittable box and continues on a new page; false when it cannot split.
   * A row split at the page end keeps room for the bottom border it closes with there (LibreOffice
   * ends bug65649's page 25 a row earlier for it).
   */
  private boolean split(Box box) throws ConversionException {
    if (!box.splittable()) {
      return false;
    }
    if (box instanceof RowBox row) {
      row.startsPage = !page.hasContent() || isHeaderOnly();
    }
    float closing = box instanceof RowBox row ? row.closingBorder() : 0;
    Box[] parts = box.split(page.bodyBottom() - y - closing);
    if (parts == null && !page.hasContent()) {
      place(box);
      return true;
    }
    if (parts == null) {
      return false;
    }
    place(parts[0]);
    newPage();
    flowed = true;
    add(parts[1]);
    return true;
  }

  /** Starts a new page for the box, taking along the keep-with-next chain before it. */
  private void breakBefore(Box box) throws ConversionException {
    List<Box> moved = backtrack();
    newPage();
    flowed = true;
    for (Box m : moved) {
      add(m);
    }
    add(box);
  }

  /** Removes the keep-with-next chain ending the page, unless it starts the page. */
  private List<Box> backtrack() {
    int k = page.body.size();
    while (k > 0 && page.body.get(k - 1).box().keepWithNext) {
      k--;
    }
    List<Box> moved = new ArrayList<>();
    if (k == 0 || k == page.body.size()) {
      return moved;
    }
    List<Placement> tail = new ArrayList<>(page.body.subList(k, page.body.size()));
    page.body.subList(k, page.body.size()).clear();
    for (Placement p : tail) {
      moved.add(p.box());
      page.floats.removeIf(f -> f.owner() == p.box());
      notes.remove(page, p.box());
    }
    return moved;
  }

  private void place(Box box) {
    y = floats.place(page, box, section, y);
    if (!page.exclusions.isEmpty() && !box.floats().isEmpty()) {
      // the anchoring paragraph's own line goes around its objects too
      y = page.below(y, box.height);
    }
    page.body.add(new Placement(box, section.left(), y, null));
    y += box.height;
    notes.place(page, box, section, y);
  }

  private void newPage() throws ConversionException {
    int number = nextNumber++;
    PageFrame frame = services.frame(section, indexInSection, number);
    page = new Page(section, sectionIndex, indexInSection, number, frame);
    flowed = false;
    indexInSection++;
    pages.add(page);
    y = page.bodyTop();
    notes.startPage(page);
    services.pageAdded(pages.size());
  }
}
