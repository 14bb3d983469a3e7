package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * The footnote area at the bottom of each page (ECMA-376 Part 1 §17.11): notes go on the page of
 * their reference, under a separator; a note that does not fit is continued on the next page, as
 * long as its first line fits beside its reference (as LibreOffice does). Heights in points.
 */
final class NoteArea {
  private final PageServices services;
  /** Note boxes continued from the page before, with the boxes that referenced them. */
  private final List<Box> carried = new ArrayList<>();
  private final List<Box> carriedOwners = new ArrayList<>();

  NoteArea(PageServices services) {
    this.services = services;
  }

  /**
   * Height by which the box's notes raise the page's body bottom (with the separator when they are
   * the first): the space after the page's last note paragraph does not count ({@link
   * Page#notesShown}), so the notes already there gain theirs back.
   */
  float needed(Page page, Box box, Section section) {
    List<Box> notes = boxes(box, section);
    if (notes.isEmpty()) {
      return 0;
    }
    float h = page.notes.isEmpty() ? PageServices.NOTE_SEPARATOR : 0;
    for (Box n : notes) {
      h += n.height;
    }
    return h - Page.trailingSpace(notes) + Page.trailingSpace(page.notes);
  }

  /** Least height that must fit for the box to stay on the page: its first note's first box. */
  float minimum(Page page, Box box, Section section) {
    List<Box> notes = boxes(box, section);
    if (notes.isEmpty()) {
      return 0;
    }
    return notes.get(0).height + (page.notes.isEmpty() ? PageServices.NOTE_SEPARATOR : 0);
  }

  /** Puts the box's notes on the page while they fit above {@code bodyEnd}; carries the rest. */
  void place(Page page, Box box, Section section, float bodyEnd) {
    for (Box n : boxes(box, section)) {
      float separator = page.notes.isEmpty() ? PageServices.NOTE_SEPARATOR : 0;
      float shown = n instanceof SpaceBox space && space.after() ? 0 : n.height;
      boolean fits = bodyEnd + page.notesHeight + separator + shown <= page.frame.bodyBottom() + 0.05f;
      if (carried.isEmpty() && fits) {
        add(page, n, box, separator);
      } else {
        carried.add(n);
        carriedOwners.add(box);
      }
    }
  }

  /** Puts the notes continued from the page before at the top of a new page's note area. */
  void startPage(Page page) {
    List<Box> boxes = new ArrayList<>(carried);
    List<Box> owners = new ArrayList<>(carriedOwners);
    carried.clear();
    carriedOwners.clear();
    for (int i = 0; i < boxes.size(); i++) {
      add(page, boxes.get(i), owners.get(i), page.notes.isEmpty() ? PageServices.NOTE_SEPARATOR : 0);
    }
  }

  /** Takes the notes of a box off the page (and out of the carry), when the box moves on. */
  void remove(Page page, Box owner) {
    for (int i = page.notes.size() - 1; i >= 0; i--) {
      if (page.noteOwners.get(i) == owner) {
        page.notesHeight -= page.notes.get(i).height;
        page.notes.remove(i);
        page.noteOwners.remove(i);
      }
    }
    if (page.notes.isEmpty()) {
      page.notesHeight = 0;
    }
    for (int i = carried.size() - 1; i >= 0; i--) {
      if (carriedOwners.get(i) == owner) {
        carried.remove(i);
        carriedOwners.remove(i);
      }
    }
  }

  private static void add(Page page, Box note, Box owner, float separator) {
    page.notes.add(note);
    page.noteOwners.add(owner);
    page.notesHeight += note.height + separator;
  }

  private List<Box> boxes(Box box, Section section) {
    List<Footnote> notes = box.notes();
    if (notes.isEmpty()) {
      return List.of();
    }
    List<Box> all = new ArrayList<>();
    for (Footnote note : notes) {
      all.addAll(services.noteBoxes(note, section));
    }
    return all;
  }
}
