package dev.docket.convert.docx;

/**
 * Paints one {@link Frag} of a line: highlight or shading behind the text (ECMA-376 Part 1
 * §17.3.2.15, §17.3.2.32), the text itself (shaped when its script needs it), underline and
 * strike-through, tab leaders, pictures, page-number fields, note marks, and a link rectangle over
 * linked content.
 */
final class FragPainter {
  private FragPainter() {}

  /**
   * @param x left edge of the fragment, points from the page's left
   * @param top top of the line, points from the page's top
   */
  static void paint(Canvas canvas, Frag frag, float x, float top, Line line) {
    Span span = frag.span;
    float baseline = top + line.baseline;
    switch (span.kind) {
      case TEXT, FOOTNOTE -> text(canvas, frag, span.text.substring(frag.start, frag.end), x, baseline);
      case FIELD -> text(canvas, frag, fieldText(canvas, span.field), x, baseline);
      case TAB -> leader(canvas, frag, x, baseline);
      case PICTURE -> {
        float h = span.picture.height();
        picture(canvas, span.picture, x, baseline - h);
        if (span.link != null) {
          canvas.link(span.link, x, baseline - h, span.picture.width(), h);
        }
      }
      default -> { }
    }
  }

  /** Draws a picture (or WordArt) with its top-left corner at a point. */
  static void picture(Canvas canvas, Picture picture, float x, float y) {
    if (picture.part() != null) {
      canvas.picture(picture, x, y, picture.width(), picture.height());
    } else if (picture.art() != null) {
      textArt(canvas, picture.art(), x, y, picture.width(), picture.height());
    }
  }

  /**
   * WordArt ({@code fitshape}): capitals as tall as the box, the text stretched to its width. Cap
   * height is taken as 0.7 em.
   */
  private static void textArt(Canvas canvas, Picture.TextArt art, float x, float y, float width, float height) {
    FontFace face = art.face();
    float size = height / 0.7f;
    float natural = face.width(art.text(), 0, art.text().length(), size);
    if (natural <= 0 || size <= 0) {
      return;
    }
    int scale = Math.max(1, Math.round(width / natural * 100));
    canvas.text(face, size, 0, x, y + height, art.text(), 0, 0, scale);
  }

  private static String fieldText(Canvas canvas, Span.Field field) {
    return switch (field) {
      case PAGE -> canvas.pageNumber();
      case NUMPAGES -> Integer.toString(canvas.totalPages());
      case SECTIONPAGES -> Integer.toString(canvas.sectionPages());
    };
  }

  private static void text(Canvas canvas, Frag frag, String text, float x, float baseline) {
    Span span = frag.span;
    RunStyle style = span.style;
    FontFace face = span.face;
    float y = baseline - span.rise();
    float ascent = face.ascent * span.size;
    float descent = face.descent * span.size;
    int background = style.background();
    if (background >= 0) {
      canvas.fill(x, y - ascent, frag.width, ascent + descent, background);
    }
    int color = style.color;
    if (span.complex) {
      complex(canvas, frag, x, y);
    } else if (!text.isBlank()) {
      canvas.text(face, span.size, color, x, y, text, frag.wordSpacing, style.spacing, style.scale);
    }
    decorations(canvas, frag, text, x, y);
    if (span.link != null) {
      canvas.link(span.link, x, y - ascent, frag.width, ascent + descent);
    }
  }

  /**
   * Shaped text without its trailing spaces (which justification does not widen), placed at the
   * fragment's end edge: the right for right-to-left text, the left otherwise.
   */
  private static void complex(Canvas canvas, Frag frag, float x, float y) {
    Span span = frag.span;
    int end = frag.end;
    while (end > frag.start && span.text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == frag.start) {
      return;
    }
    Shaper.Shaped shaped = canvas.shaper().shape(span, frag.start, end);
    if (frag.kashidaSpacing > 0) {
      shaped = KashidaFill.stretch(shaped, span.text, frag.start, end, span.kashidas(), frag.kashidaSpacing,
          span.face, span.size);
    }
    int spaces = 0;
    for (int i = frag.start; i < end; i++) {
      if (span.text.charAt(i) == ' ') {
        spaces++;
      }
    }
    float scale = span.style.scale / 100f;
    float drawn = shaped.width() * scale + spaces * frag.wordSpacing;
    float left = Shaper.isRightToLeft(span.text, frag.start, end) ? x + frag.width - drawn : x;
    canvas.glyphs(span.face, span.size, span.style.color, left, y, shaped, frag.wordSpacing / scale,
        span.style.scale);
  }

  private static void decorations(Canvas canvas, Frag frag, String text, float x, float y) {
    Span span = frag.span;
    RunStyle style = span.style;
    float width = frag.width;
    if (text.endsWith(" ")) {
      int n = text.length() - text.stripTrailing().length();
      width -= n * (span.face.advance(' ') * span.size + frag.wordSpacing + style.spacing);
    }
    if (width <= 0) {
      return;
    }
    float thickness = Math.max(0.4f, span.face.underlineThickness * span.size);
    if (style.underline != null && !style.underline.equals("none")) {
      float uy = y + span.face.underlinePosition * span.size;
      canvas.line(x, uy, x + width, uy, thickness, style.color, style.underline);
      if (style.underline.equals("double")) {
        canvas.line(x, uy + thickness * 2, x + width, uy + thickness * 2, thickness, style.color, "single");
      }
    }
    if (style.strike || style.doubleStrike) {
      float sy = y - span.size * 0.28f;
      canvas.line(x, sy, x + width, sy, thickness, style.color, "single");
      if (style.doubleStrike) {
        canvas.line(x, sy - thickness * 2, x + width, sy - thickness * 2, thickness, style.color, "single");
      }
    }
  }

  private static void leader(Canvas canvas, Frag frag, float x, float baseline) {
    char leader = frag.tabLeader;
    if (leader == 0 || frag.width <= 0) {
      return;
    }
    Span span = frag.span;
    float w = span.face.advance(leader) * span.size;
    if (w <= 0) {
      return;
    }
    int count = (int) Math.floor((frag.width - w * 0.5f) / w);
    if (count > 0) {
      float start = x + frag.width - count * w;
      canvas.text(span.face, span.size, span.style.color, start, baseline, String.valueOf(leader).repeat(count),
          0, 0, 100);
    }
  }
}
