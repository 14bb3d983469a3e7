package dev.docket.convert.docx;

/**
 * Positions objects anchored to a paragraph (ECMA-376 Part 1 §20.4.3.4 positionH, §20.4.3.5
 * positionV) when the paragraph's first line is placed: offsets or alignments relative to the page,
 * the margins, the column or the paragraph. Text is not set beside them; an object wrapped
 * top-and-bottom, or wrapped around but leaving too little room beside it, keeps the area it covers
 * free of text ({@link Page#below}); other objects may overlap text.
 */
final class FloatPlacer {
  private final PageServices services;

  FloatPlacer(PageServices services) {
    this.services = services;
  }

  /**
   * Places the floats of a box about to be placed at {@code y}.
   *
   * @return the y the box goes to (lower than {@code y} when a float pushes it down)
   */
  float place(Page page, Box box, Section section, float y) {
    float result = y;
    for (Floating f : box.floats()) {
      Placement placement = placement(services, f, section, y, box);
      float x = placement.x();
      float top = placement.y();
      page.floats.add(placement);
      if (blocksText(f, x, section) && top + f.height() < page.bodyBottom()) {
        float extra = "paragraph".equals(f.vRelative()) && f.vAlign() == null ? Math.max(0, f.vOffset()) : 0;
        page.exclusions.add(new float[] {x, top, x + f.width(), top + f.height() + extra});
        if (top <= y + 0.5f && top + f.height() > result) {
          result = top + f.height();
        }
      }
    }
    return result;
  }

  /** Where a floating object anchored at {@code y} goes, as a placement of its box. */
  static Placement placement(PageServices services, Floating f, Section section, float y, Box owner) {
    return new Placement(services.floating(f, section), horizontal(f, section), vertical(f, section, y), owner);
  }

  /**
   * True when text cannot go beside the object: wrapped top-and-bottom, or wrapped around but
   * leaving less than a quarter of the column on either side.
   */
  private static boolean blocksText(Floating f, float x, Section s) {
    if ("topAndBottom".equals(f.wrap())) {
      return true;
    }
    if ("none".equals(f.wrap())) {
      return false;
    }
    float left = x - s.left();
    float right = s.left() + s.contentWidth() - (x + f.width());
    return Math.max(left, right) < s.contentWidth() / 4;
  }

  private static float horizontal(Floating f, Section s) {
    float base;
    float span;
    switch (f.hRelative()) {
      case "page" -> {
        base = 0;
        span = s.pageWidth();
      }
      case "leftMargin", "insideMargin" -> {
        base = 0;
        span = s.left();
      }
      case "rightMargin", "outsideMargin" -> {
        base = s.pageWidth() - s.right();
        span = s.right();
      }
      default -> {
        base = s.left();
        span = s.contentWidth();
      }
    }
    if (f.hAlign() != null) {
      return switch (f.hAlign()) {
        case "center" -> base + (span - f.width()) / 2;
        case "right", "outside" -> base + span - f.width();
        default -> base;
      };
    }
    return base + f.hOffset();
  }

  private static float vertical(Floating f, Section s, float y) {
    float base;
    float span;
    switch (f.vRelative()) {
      case "page" -> {
        base = 0;
        span = s.pageHeight();
      }
      case "margin" -> {
        base = s.top();
        span = s.pageHeight() - s.top() - s.bottom();
      }
      case "topMargin" -> {
        base = 0;
        span = s.top();
      }
      case "bottomMargin" -> {
        base = s.pageHeight() - s.bottom();
        span = s.bottom();
      }
      default -> {
        base = y;
        span = 0;
      }
    }
    if (f.vAlign() != null && span > 0) {
      return switch (f.vAlign()) {
        case "center" -> base + (span - f.height()) / 2;
        case "bottom", "outside" -> base + span - f.height();
        default -> base;
      };
    }
    return base + f.vOffset();
  }
}
