package dev.docket.convert.docx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Follows complex fields ({@code w:fldChar} begin/separate/end with {@code w:instrText} between,
 * ECMA-376 Part 1 §17.16.18) across runs and paragraphs. Field results are shown as stored, except
 * for PAGE, NUMPAGES and SECTIONPAGES, whose values are only known once pages are made: their
 * stored result is dropped and a field span takes its place. A HYPERLINK field makes its result a
 * link.
 */
final class FieldTracker {
  private static final class Open {
    final StringBuilder instruction = new StringBuilder();
    boolean separated;
    Span.Field page;
    String link;
  }

  private final Deque<Open> open = new ArrayDeque<>();

  void begin() {
    open.push(new Open());
  }

  void instruction(String text) {
    if (!open.isEmpty() && !open.peek().separated && text != null) {
      open.peek().instruction.append(text);
    }
  }

  /**
   * Marks the end of the instruction; returns the page-number field to show now, or null.
   */
  Span.Field separate() {
    Open field = open.peek();
    if (field == null || field.separated) {
      return null;
    }
    field.separated = true;
    interpret(field);
    return field.page;
  }

  /** Closes the innermost field; returns the page field to show when it had no result, or null. */
  Span.Field end() {
    Open field = open.poll();
    if (field == null || field.separated) {
      return null;
    }
    interpret(field);
    return field.page;
  }

  /** True while run text belongs to a field instruction or a dropped page-number result. */
  boolean hidesText() {
    for (Open field : open) {
      if (!field.separated || field.page != null) {
        return true;
      }
    }
    return false;
  }

  /** True when a field around the innermost one hides text. */
  boolean enclosingHides() {
    boolean first = true;
    for (Open field : open) {
      if (!first && (!field.separated || field.page != null)) {
        return true;
      }
      first = false;
    }
    return false;
  }

  /** The target of the innermost enclosing HYPERLINK field whose result is being read, or null. */
  String link() {
    for (Open field : open) {
      if (field.separated && field.link != null) {
        return field.link;
      }
    }
    return null;
  }

  /** The page field a simple field instruction ({@code w:fldSimple}) asks for, or null. */
  static Span.Field pageField(String instruction) {
    Open field = new Open();
    field.instruction.append(instruction == null ? "" : instruction);
    interpret(field);
    return field.page;
  }

  /** The URL or {@code #bookmark} a HYPERLINK instruction names, or null. */
  static String hyperlink(String instruction) {
    Open field = new Open();
    field.instruction.append(instruction == null ? "" : instruction);
    interpret(field);
    return field.link;
  }

  private static void interpret(Open field) {
    String instr = field.instruction.toString().trim();
    String[] words = instr.split("\\s+", 2);
    String name = words[0].toUpperCase(Locale.ROOT);
    switch (name) {
      case "PAGE" -> field.page = Span.Field.PAGE;
      case "NUMPAGES" -> field.page = Span.Field.NUMPAGES;
      case "SECTIONPAGES" -> field.page = Span.Field.SECTIONPAGES;
      case "HYPERLINK" -> field.link = words.length > 1 ? target(words[1]) : null;
      default -> { }
    }
  }

  private static String target(String args) {
    String rest = args.trim();
    boolean local = false;
    if (rest.startsWith("\\l")) {
      local = true;
      rest = rest.substring(2).trim();
    }
    String target;
    if (rest.startsWith("\"")) {
      int close = rest.indexOf('"', 1);
      target = close > 0 ? rest.substring(1, close) : rest.substring(1);
    } else {
      target = rest.split("\\s+")[0];
    }
    if (target.isEmpty()) {
      return null;
    }
    return local ? "#" + target : target;
  }
}
