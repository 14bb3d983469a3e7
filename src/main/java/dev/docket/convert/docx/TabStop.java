package dev.docket.convert.docx;

/**
 * A custom tab stop (ECMA-376 Part 1 §17.3.1.37): position from the leading edge of the text area
 * in points, alignment, and leader character (0 for none).
 *
 * @param position points from the start of the text area (the page margin, not the indent)
 * @param align {@code left}, {@code center}, {@code right}, {@code decimal} (also {@code start},
 *     {@code end}; {@code bar} stops are ignored)
 * @param leader the leader character, or 0
 */
record TabStop(float position, String align, char leader) {
  static char leader(String value) {
    if (value == null) {
      return 0;
    }
    return switch (value) {
      case "dot" -> '.';
      case "hyphen" -> '-';
      case "underscore", "heavy" -> '_';
      case "middleDot" -> '\u00b7';
      default -> 0;
    };
  }
}
