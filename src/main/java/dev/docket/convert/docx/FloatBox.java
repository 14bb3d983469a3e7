package dev.docket.convert.docx;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.util.List;
import org.apache.poi.sl.draw.DrawPaint;
import org.apache.poi.sl.usermodel.PaintStyle.PaintModifier;

/**
 * Paints a floating object at its own size: a picture scaled to its extent, or a text box with
 * its fill, outline and content (laid out at the box width less its insets, placed at the top,
 * middle or bottom; ECMA-376 Part 1 §21.1.2.1.1 bodyPr).
 */
final class FloatBox extends Box {
  /** POI's paint maker, for solid colours only (it needs no shape for those). */
  private static final DrawPaint SOLID = new DrawPaint(null);
  private final Floating floating;
  private final List<Box> content;

  FloatBox(Floating floating, List<Box> content) {
    this.floating = floating;
    this.content = content;
    this.height = floating.height();
  }

  @Override
  void draw(Canvas canvas, float x, float y) {
    float w = floating.width();
    float h = floating.height();
    Floating.Outline outline = floating.outline();
    boolean ellipse = outline.geometry().equals("ellipse");
    boolean preset = outline.preset() != null;
    if (preset) {
      preset(canvas, outline, x, y, w, h);
    } else if (floating.fill() >= 0 && w > 0 && h > 0 && !outline.geometry().equals("line")) {
      if (ellipse) {
        canvas.ellipse(x, y, w, h, floating.fill(), -1, 0);
      } else {
        canvas.fill(x, y, w, h, floating.fill());
      }
    }
    if (floating.picture() != null) {
      FragPainter.picture(canvas, floating.picture(), x, y);
    }
    float[] insets = outline.insets();
    float used = 0;
    for (Box b : content) {
      used += b.height;
    }
    float free = h - insets[1] - insets[3] - used;
    float cy = y + insets[1] + (free <= 0 ? 0 : outline.anchor().equals("ctr") ? free / 2
        : outline.anchor().equals("b") ? free : 0);
    for (Box b : content) {
      b.draw(canvas, x + insets[0], cy);
      cy += b.height;
    }
    if (floating.line() >= 0 && !preset) {
      stroke(canvas, outline, x, y, w, h);
    }
  }

  /**
   * A preset geometry's paths: filled (a gradient, or the fill colour through POI's {@link
   * DrawPaint}, which in POI 5.5.1 leaves the lighten/darken path modes, e.g. a scroll's curls, at
   * the plain colour), then stroked, as POI's {@code DrawSimpleShape} paints them. The outline is
   * painted under the text, unlike a rectangle's.
   */
  private void preset(Canvas canvas, Floating.Outline outline, float x, float y, float w, float h) {
    List<PresetShape.Part> parts = outline.preset().parts(w, h);
    Floating.Gradient gradient = outline.gradient();
    int fill = floating.fill();
    int line = floating.line();
    float lineWidth = line >= 0 ? outline.width() : 0;
    if (parts.isEmpty() || (fill < 0 && gradient == null && line < 0)) {
      return;
    }
    canvas.graphics(x, y, w, h, lineWidth, g -> {
      for (PresetShape.Part part : parts) {
        if (!part.filled() || part.modifier() == PaintModifier.NONE) {
          continue;
        }
        if (gradient != null) {
          g.setPaint(new GradientPaint(0, 0, new Color(gradient.top()), 0, h, new Color(gradient.bottom())));
        } else if (fill >= 0) {
          g.setPaint(SOLID.getPaint(g, DrawPaint.createSolidPaint(new Color(fill)), part.modifier()));
        } else {
          continue;
        }
        g.fill(part.outline());
      }
      if (line >= 0 && lineWidth > 0) {
        g.setStroke(new BasicStroke(lineWidth));
        g.setColor(new Color(line));
        for (PresetShape.Part part : parts) {
          if (part.stroked()) {
            g.draw(part.outline());
          }
        }
      }
    });
  }

  private void stroke(Canvas canvas, Floating.Outline outline, float x, float y, float w, float h) {
    int color = floating.line();
    float lw = outline.width();
    String style = outline.style();
    switch (outline.geometry()) {
      case "line" -> {
        if (outline.flipped()) {
          canvas.line(x, y + h, x + w, y, lw, color, style);
        } else {
          canvas.line(x, y, x + w, y + h, lw, color, style);
        }
      }
      case "ellipse" -> {
        if (w > 0 && h > 0) {
          canvas.ellipse(x, y, w, h, -1, color, lw);
        }
      }
      default -> {
        if (w > 0 && h > 0) {
          canvas.line(x, y, x + w, y, lw, color, style);
          canvas.line(x, y + h, x + w, y + h, lw, color, style);
          canvas.line(x, y, x, y + h, lw, color, style);
          canvas.line(x + w, y, x + w, y + h, lw, color, style);
        }
      }
    }
  }
}
