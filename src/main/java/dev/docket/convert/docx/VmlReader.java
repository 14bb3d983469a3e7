package dev.docket.convert.docx;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Reads VML pictures and text boxes ({@code w:pict}, {@code w:object}; ECMA-376 Part 4 §19.1):
 * shapes with {@code v:imagedata} become pictures, shapes with {@code v:textbox} text boxes. Size
 * and position come from the CSS-like {@code style} attribute ({@code width}, {@code height},
 * {@code margin-left}, {@code mso-position-horizontal-relative}, ...). Absolutely positioned shapes
 * float; others are inline; horizontal rules ({@code o:hr}) become {@link HorizontalRule}s. Groups ({@code v:group}) map child coordinates through their
 * {@code coordsize}/{@code coordorigin}.
 */
final class VmlReader {
  private VmlReader() {}

  /** Reads the shapes of a {@code w:pict} or {@code w:object}. */
  static void read(XmlNode pict, Story story, RunStyle style, FontBook fonts, String link, ParagraphContent out) {
    FontFace face = fonts.face(style.ascii, style.bold, style.italic);
    for (XmlNode shape : pict.children()) {
      if (shape.name.startsWith("v:") && !shape.name.equals("v:shapetype")) {
        shape(shape, story, style, new Context(face, fonts), link, out, null);
      }
    }
  }

  /** The run's face and the fonts WordArt may name. */
  private record Context(FontFace face, FontBook fonts) {}

  /** Where a group puts its children: page position of the group and scale of child units. */
  private record Frame(Map<String, String> css, float left, float top, float scaleX, float scaleY,
      float originX, float originY) {}

  private static void shape(XmlNode shape, Story story, RunStyle style, Context context, String link,
      ParagraphContent out, Frame group) {
    FontFace face = context.face();
    Map<String, String> css = css(shape.attr("style"));
    float width;
    float height;
    float left;
    float top;
    Map<String, String> anchorCss = css;
    if (group == null) {
      width = Units.css(css.get("width"), 0);
      height = Units.css(css.get("height"), 0);
      left = Units.css(css.get("margin-left"), 0) + Units.css(css.get("left"), 0);
      top = Units.css(css.get("margin-top"), 0) + Units.css(css.get("top"), 0);
    } else {
      width = Units.integer(css.get("width"), 0) * group.scaleX;
      height = Units.integer(css.get("height"), 0) * group.scaleY;
      left = group.left + (Units.integer(css.get("left"), 0) - group.originX) * group.scaleX;
      top = group.top + (Units.integer(css.get("top"), 0) - group.originY) * group.scaleY;
      anchorCss = group.css;
    }
    if (shape.name.equals("v:group")) {
      group(shape, left, top, width, height, story, style, context, link, out, anchorCss);
      return;
    }
    XmlNode imageData = shape.child("v:imagedata");
    XmlNode textBox = shape.find("txbxContent");
    PackagePart image = imageData == null ? null : story.picture(imageData.attr("r:id"));
    Picture.TextArt art = textArt(shape, context.fonts());
    boolean floating = "absolute".equals(anchorCss.get("position"));
    if ("t".equals(shape.attr("o:hr")) && group == null && textBox == null && image == null) {
      out.rules.add(HorizontalRule.of(shape, css, color(shape, "fillcolor", "filled", -1)));
      return;
    }
    if (!floating) {
      if (textBox != null) {
        out.flowedBoxes.add(story.with(textBox));
      } else if (width > 0 && height > 0) {
        out.spans.add(Span.picture(new Picture(image, width, height, art), style, face, link));
      }
      return;
    }
    PresetShape preset = art == null && image == null ? preset(shape) : null;
    if (image == null && textBox == null && art == null && preset == null && !filled(shape)) {
      return;
    }
    int fill = textBox != null || image == null ? color(shape, "fillcolor", "filled", 0xFFFFFF) : -1;
    int line = image == null ? color(shape, "strokecolor", "stroked", 0x000000) : -1;
    boolean picture = image != null || art != null;
    out.floats.add(new Floating(picture ? new Picture(image, width, height, art) : null,
        textBox == null ? null : story.with(textBox), width, height,
        relative(anchorCss.get("mso-position-horizontal-relative"), "column"), left,
        anchorCss.get("mso-position-horizontal"), relative(anchorCss.get("mso-position-vertical-relative"), "paragraph"),
        top, anchorCss.get("mso-position-vertical"), wrap(shape), fill, line,
        outline(shape, css, preset, fill)));
  }

  /**
   * The preset geometry a VML shape is drawn with, or null for a plain rectangle or ellipse:
   * {@code v:roundrect} is {@code roundRect} (its {@code arcsize}, a fraction of the shorter side,
   * is the preset's {@code adj} in 1/100,000); a {@code v:shape} of a Word shape type ({@code
   * type="#_x0000_tNNN"}, NNN the MSOSPT number, or {@code o:spt}) is the preset with that number,
   * at the preset's default adjust values (VML's {@code adj} are in the shape type's own units).
   */
  private static PresetShape preset(XmlNode shape) {
    if (shape.name.equals("v:roundrect")) {
      String arc = shape.attr("arcsize");
      double fraction = arc == null ? 0.2 : arc.endsWith("f") ? Units.integer(arc.substring(0, arc.length() - 1), 13107) / 65536.0
          : Units.css(arc, 0.2f);
      return new PresetShape("roundRect", Map.of("adj", "val " + Math.round(Math.min(0.5, fraction) * 100_000)));
    }
    if (!shape.name.equals("v:shape")) {
      return null;
    }
    String type = shape.attr("type");
    String spt = type != null && type.startsWith("#_x0000_t") ? type.substring(9) : shape.attr("o:spt");
    int number = Units.integer(spt, 0);
    String name = number > 0 ? PresetShape.ofVmlType(number) : null;
    return name == null ? null : new PresetShape(name, Map.of());
  }

  private static void group(XmlNode shape, float left, float top, float width, float height, Story story,
      RunStyle style, Context context, String link, ParagraphContent out, Map<String, String> anchorCss) {
    String[] size = split(shape.attr("coordsize"), "1000,1000");
    String[] origin = split(shape.attr("coordorigin"), "0,0");
    float cw = Math.max(1, Units.integer(size[0], 1000));
    float ch = Math.max(1, Units.integer(size.length > 1 ? size[1] : size[0], 1000));
    Frame frame = new Frame(anchorCss, left, top, width / cw, height / ch,
        Units.integer(origin[0], 0), Units.integer(origin.length > 1 ? origin[1] : "0", 0));
    for (XmlNode child : shape.children()) {
      if (child.name.startsWith("v:") && !child.name.equals("v:imagedata")) {
        shape(child, story, style, context, link, out, frame);
      }
    }
  }

  /** WordArt ({@code v:textpath} with a {@code string}), or null. */
  private static Picture.TextArt textArt(XmlNode shape, FontBook fonts) {
    XmlNode path = shape.child("v:textpath");
    String text = path == null ? null : path.attr("string");
    if (text == null || text.isBlank()) {
      return null;
    }
    Map<String, String> css = css(path.attr("style"));
    String family = css.getOrDefault("font-family", "Times New Roman").replace("\"", "").trim();
    boolean bold = "bold".equals(css.get("font-weight"));
    boolean italic = "italic".equals(css.get("font-style"));
    return new Picture.TextArt(text.strip(), fonts.face(family, bold, italic));
  }

  /**
   * The outline of a VML shape: ellipse or rectangle, {@code strokeweight}, text insets from the
   * textbox's {@code inset} (missing values keep their default) and {@code v-text-anchor}.
   */
  private static Floating.Outline outline(XmlNode shape, Map<String, String> css, PresetShape preset, int fill) {
    float weight = Units.css(shape.attr("strokeweight"), 0.75f);
    XmlNode textbox = shape.child("v:textbox");
    float[] insets = Floating.Outline.DEFAULT_INSETS.clone();
    String inset = textbox == null ? null : textbox.attr("inset");
    if (inset != null) {
      String[] parts = inset.split(",", -1);
      for (int i = 0; i < Math.min(4, parts.length); i++) {
        insets[i] = Units.css(parts[i].isBlank() ? null : parts[i], insets[i]);
      }
    }
    String anchor = css.getOrDefault("v-text-anchor", "top");
    anchor = anchor.startsWith("middle") ? "ctr" : anchor.startsWith("bottom") ? "b" : "t";
    Floating.Gradient gradient = gradient(shape, fill);
    if (gradient != null && preset == null) {
      preset = new PresetShape(shape.name.equals("v:oval") ? "ellipse" : "rect", Map.of());
    }
    return new Floating.Outline(shape.name.equals("v:oval") ? "ellipse" : "rect", weight, "single", false,
        insets, anchor, preset, gradient);
  }

  /**
   * A linear gradient fill ({@code v:fill type="gradient"}) at angle 0, from the fill colour to
   * {@code color2}, or null. As LibreOffice reads VML fills (oox {@code FillModel}): a focus of
   * 100% runs from the fill colour at the top to {@code color2} at the bottom, a focus of 0 (the
   * default) the other way; other foci and angles (axial or slanted gradients) are left solid.
   */
  private static Floating.Gradient gradient(XmlNode shape, int fill) {
    XmlNode f = shape.child("v:fill");
    if (f == null || fill < 0 || !"gradient".equals(f.attr("type")) || f.attr("color2") == null) {
      return null;
    }
    String angle = f.attr("angle");
    if (angle != null && Units.integer(angle, -1) != 0) {
      return null;
    }
    int color2 = color(f, "color2", "on", -1);
    String focusValue = f.attr("focus");
    int focus = focusValue == null ? 0 : Units.integer(focusValue.replace("%", "").trim(), -1);
    if (color2 < 0 || Math.abs(focus) != 100 && focus != 0) {
      return null;
    }
    return Math.abs(focus) == 100 ? new Floating.Gradient(fill, color2) : new Floating.Gradient(color2, fill);
  }

  /** The {@code w10:wrap} type; a shape without one floats in front of the text. */
  private static String wrap(XmlNode shape) {
    XmlNode wrap = shape.child("w10:wrap");
    String type = wrap == null ? null : wrap.attr("type");
    return type == null ? "none" : type;
  }

  private static String[] split(String value, String fallback) {
    return (value == null || value.isBlank() ? fallback : value).split(",");
  }

  private static boolean filled(XmlNode shape) {
    return shape.attr("fillcolor") != null && !"f".equals(shape.attr("filled"));
  }

  private static String relative(String value, String fallback) {
    if (value == null || value.equals("text")) {
      return fallback;
    }
    return switch (value) {
      case "page", "margin", "line" -> value;
      case "char" -> "character";
      case "top-margin-area" -> "topMargin";
      case "bottom-margin-area" -> "bottomMargin";
      case "left-margin-area", "inner-margin-area" -> "leftMargin";
      case "right-margin-area", "outer-margin-area" -> "rightMargin";
      default -> fallback;
    };
  }

  /** A VML colour attribute ({@code #rrggbb}, {@code #rgb}, a few names) or the default; -1 if off. */
  private static int color(XmlNode shape, String attribute, String onOff, int fallback) {
    String flag = shape.attr(onOff);
    if ("f".equals(flag) || "false".equals(flag)) {
      return -1;
    }
    String value = shape.attr(attribute);
    if (value == null) {
      return fallback;
    }
    String v = value.trim().split("[ \\[]")[0].toLowerCase(Locale.ROOT);
    if (v.startsWith("#") && v.length() == 7) {
      return Units.color(v.substring(1));
    }
    if (v.startsWith("#") && v.length() == 4) {
      return Units.color("" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3));
    }
    return switch (v) {
      case "black" -> 0;
      case "white" -> 0xFFFFFF;
      case "red" -> 0xFF0000;
      case "blue" -> 0x0000FF;
      case "green" -> 0x008000;
      case "yellow" -> 0xFFFF00;
      case "gray", "grey" -> 0x808080;
      default -> fallback;
    };
  }

  /** The declarations of a VML {@code style} attribute, names lower-cased. */
  static Map<String, String> css(String style) {
    Map<String, String> map = new HashMap<>();
    if (style == null) {
      return map;
    }
    for (String decl : style.split(";")) {
      int colon = decl.indexOf(':');
      if (colon > 0) {
        map.put(decl.substring(0, colon).trim().toLowerCase(Locale.ROOT), decl.substring(colon + 1).trim());
      }
    }
    return map;
  }
}
