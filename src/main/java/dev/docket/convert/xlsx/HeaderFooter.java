package dev.docket.convert.xlsx;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A header or footer string of SpreadsheetML (ECMA-376 §18.3.1.46): sections {@code &L &C &R},
 * fields {@code &P &N &D &T &F &A}, font codes {@code &"Face,Style"}, sizes {@code &nn} and
 * {@code &B &I} toggles. Pictures ({@code &G}), colours and underline are ignored.
 */
final class HeaderFooter {
  /** A piece of text in one font. */
  record Piece(String text, String typeface, boolean bold, boolean italic, float size) {}

  /** Values of the fields on one page. */
  record Fields(int page, int pages, String sheet, String file) {}

  private static final float LINE_SPACING = 1.2f;
  private final List<List<List<Piece>>> sections = new ArrayList<>(); // section → lines → pieces

  private HeaderFooter() {
    for (int i = 0; i < 3; i++) {
      sections.add(new ArrayList<>(List.of(new ArrayList<>())));
    }
  }

  /** Parses a header/footer string; fields stay as codes until {@link #draw}. */
  static HeaderFooter parse(String source, String typeface, float size) {
    HeaderFooter hf = new HeaderFooter();
    int section = 1;
    String face = typeface;
    boolean bold = false;
    boolean italic = false;
    float pt = size;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\n' || c == '\r') {
        hf.flush(section, text, face, bold, italic, pt);
        hf.sections.get(section).add(new ArrayList<>());
        continue;
      }
      if (c != '&' || i + 1 >= source.length()) {
        text.append(c);
        continue;
      }
      char code = source.charAt(++i);
      if (code == '&') {
        text.append('&');
        continue;
      }
      if ("PNDTFAZ".indexOf(Character.toUpperCase(code)) >= 0) {
        text.append('\u0000').append(Character.toUpperCase(code)); // field marker
        continue;
      }
      hf.flush(section, text, face, bold, italic, pt);
      switch (Character.toUpperCase(code)) {
        case 'L' -> section = 0;
        case 'C' -> section = 1;
        case 'R' -> section = 2;
        case 'B' -> bold = !bold;
        case 'I' -> italic = !italic;
        case 'K' -> i = Math.min(source.length() - 1, i + 6);
        case '"' -> {
          int close = source.indexOf('"', i + 1);
          String spec = close < 0 ? "" : source.substring(i + 1, close);
          i = close < 0 ? source.length() : close;
          String[] parts = spec.split(",", 2);
          if (!parts[0].isBlank() && !parts[0].equals("-")) {
            face = parts[0];
          }
          String style = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "";
          bold = style.contains("bold");
          italic = style.contains("italic");
        }
        default -> {
          if (Character.isDigit(code)) {
            int end = i;
            while (end + 1 < source.length() && Character.isDigit(source.charAt(end + 1))) {
              end++;
            }
            pt = Math.max(1, Math.min(400, Integer.parseInt(source.substring(i, end + 1))));
            i = end;
          }
        }
      }
    }
    hf.flush(section, text, face, bold, italic, pt);
    return hf;
  }

  private void flush(int section, StringBuilder text, String face, boolean bold, boolean italic,
      float size) {
    if (text.length() > 0) {
      List<List<Piece>> lines = sections.get(section);
      lines.get(lines.size() - 1).add(new Piece(text.toString(), face, bold, italic, size));
      text.setLength(0);
    }
  }

  /** True when some section has text. */
  boolean isEmpty() {
    return sections.stream().allMatch(lines -> lines.stream().allMatch(List::isEmpty));
  }

  /** Height of the tallest section, points. */
  float height() {
    float max = 0;
    for (List<List<Piece>> lines : sections) {
      float h = 0;
      for (List<Piece> line : lines) {
        h += lineHeight(line);
      }
      max = Math.max(max, h);
    }
    return max;
  }

  private static float lineHeight(List<Piece> line) {
    float size = 0;
    for (Piece piece : line) {
      size = Math.max(size, piece.size());
    }
    return size * LINE_SPACING;
  }

  /**
   * Draws the three sections between x0 and x1 (page points, unscaled), the first line's top at
   * {@code top} (header) or the last line's bottom at {@code bottom} (footer, {@code top} NaN).
   */
  void draw(Painter painter, PdfFonts fonts, float x0, float x1, float top, float bottom,
      Fields fields) throws IOException {
    for (int s = 0; s < 3; s++) {
      List<List<Piece>> lines = sections.get(s);
      float total = 0;
      for (List<Piece> line : lines) {
        total += lineHeight(line);
      }
      float y = Float.isNaN(top) ? bottom - total : top;
      for (List<Piece> line : lines) {
        float lh = lineHeight(line);
        drawLine(painter, fonts, line, s, x0, x1, y + lh / LINE_SPACING * 0.9f, fields);
        y += lh;
      }
    }
  }

  private static void drawLine(Painter painter, PdfFonts fonts, List<Piece> line, int section,
      float x0, float x1, float baseline, Fields fields) throws IOException {
    List<Object[]> parts = new ArrayList<>();
    float width = 0;
    for (Piece piece : line) {
      PdfFace face = fonts.face(piece.typeface(), piece.bold(), piece.italic());
      String text = expand(piece.text(), fields);
      width += fonts.width(text, face, piece.bold(), piece.italic(), piece.size());
      parts.add(new Object[] {fonts.runs(text, face, piece.bold(), piece.italic()), piece.size(),
          fonts.width(text, face, piece.bold(), piece.italic(), piece.size())});
    }
    float x = section == 0 ? x0 : section == 1 ? (x0 + x1 - width) / 2 : x1 - width;
    for (Object[] part : parts) {
      @SuppressWarnings("unchecked")
      List<PdfFonts.Run> runs = (List<PdfFonts.Run>) part[0];
      painter.text(runs, x, baseline, (Float) part[1], 0);
      x += (Float) part[2];
    }
  }

  private static String expand(String text, Fields fields) {
    if (text.indexOf('\u0000') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\u0000' || i + 1 >= text.length()) {
        out.append(c);
        continue;
      }
      char field = text.charAt(++i);
      out.append(switch (field) {
        case 'P' -> Integer.toString(fields.page());
        case 'N' -> Integer.toString(fields.pages());
        case 'D' -> LocalDate.now().format(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US));
        case 'T' -> LocalTime.now().format(DateTimeFormatter.ofPattern("h:mm a", Locale.US));
        case 'A' -> fields.sheet();
        default -> fields.file();
      });
    }
    return out.toString();
  }
}
