package dev.docket.convert.docx;

import java.util.List;

/** A box of no height that only anchors a floating object where it stands in the flow. */
final class AnchorBox extends Box {
  private final List<Floating> floats;

  AnchorBox(Floating floating) {
    this.floats = List.of(floating);
  }

  @Override
  void draw(Canvas canvas, float x, float y) {
    // the floating object is drawn by its placement
  }

  @Override
  List<Floating> floats() {
    return floats;
  }
}
