package dev.docket.convert.docx;

/**
 * Vertical space between paragraphs ({@code w:spacing} before/after, ECMA-376 Part 1 §17.3.1.33);
 * {@link PageComposer} drops it at page tops.
 */
final class SpaceBox extends Box {
  private final boolean after;

  SpaceBox(float height, boolean after) {
    this.height = height;
    this.after = after;
  }

  @Override
  void draw(Canvas canvas, float x, float y) {
    // nothing to paint
  }

  /** True for space after a paragraph, false for space before one. */
  boolean after() {
    return after;
  }
}
