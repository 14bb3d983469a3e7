package dev.docket.convert.xlsx;

import java.io.IOException;

/** Underline and strike-through lines under or through a piece of text. */
final class Decorations {
  private Decorations() {}

  /** @param rgb text colour, -1 for automatic (black) */
  static void draw(Painter painter, boolean underline, boolean strike, int rgb, float x,
      float baseline, float width, float size) throws IOException {
    float thickness = Math.max(0.3f, size * 0.06f);
    if (underline) {
      painter.line(x, baseline + size * 0.12f, x + width, baseline + size * 0.12f, thickness,
          Math.max(0, rgb), new float[0]);
    }
    if (strike) {
      painter.line(x, baseline - size * 0.3f, x + width, baseline - size * 0.3f, thickness,
          Math.max(0, rgb), new float[0]);
    }
  }
}
