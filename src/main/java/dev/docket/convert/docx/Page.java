package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * One composed page: its section, number, body area and everything placed on it. Lengths in points
 * from the page's top-left corner.
 */
final class Page {
  final Section section;
  /** Index of the section in the document, from 0. */
  final int sectionIndex;
  /** Index of the page within its section, from 0. */
  final int indexInSection;
  /** The number a PAGE field shows, before formatting. */
  final int number;
  final PageFrame frame;
  final List<Placement> body = new ArrayList<>();
  final List<Placement> floats = new ArrayList<>();
  final List<Box> notes = new ArrayList<>();
  final List<Box> noteOwners = new ArrayList<>();
  float notesHeight;
  /** Areas floating objects keep text out of: x1, y1, x2, y2 in points. */
  final List<float[]> exclusions = new ArrayList<>();

  Page(Section section, int sectionIndex, int indexInSection, int number, PageFrame frame) {
    this.section = section;
    this.sectionIndex = sectionIndex;
    this.indexInSection = indexInSection;
    this.number = number;
    this.frame = frame;
  }

  float bodyTop() {
    return frame.bodyTop();
  }

  /** Lowest point body content may reach, above the notes placed so far. */
  float bodyBottom() {
    return frame.bodyBottom() - notesShown();
  }

  /**
   * Height the notes take above the bottom margin, points: all of {@link #notesHeight} but the
   * space after the last note's paragraph, which LibreOffice lets hang into the margin.
   */
  float notesShown() {
    return notesHeight - trailingSpace(notes);
  }

  /** Height of the space after a paragraph ending these boxes, 0 when they end otherwise. */
  static float trailingSpace(List<Box> boxes) {
    return !boxes.isEmpty() && boxes.get(boxes.size() - 1) instanceof SpaceBox s && s.after() ? s.height : 0;
  }

  /**
   * The y at or below {@code y} where a box of this height clears the areas floating objects keep
   * free: text cannot go beside an object that leaves less than a quarter of the column free, nor
   * beside one wrapped top-and-bottom.
   */
  float below(float y, float height) {
    float result = y;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (float[] e : exclusions) {
        if (e[1] < result + height && e[3] > result) {
          result = e[3];
          moved = true;
        }
      }
    }
    return result;
  }

  boolean hasContent() {
    return !body.isEmpty();
  }
}
