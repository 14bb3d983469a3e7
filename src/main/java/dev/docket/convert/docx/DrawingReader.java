package dev.docket.convert.docx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Reads DrawingML drawings ({@code w:drawing}, ECMA-376 Part 1 §17.3.3.9 and §20.4): inline
 * pictures become picture spans, anchored pictures and text boxes ({@code wps:txbx}) become
 * {@link Floating} objects, inline text boxes are flowed after the paragraph; a shape's preset
 * geometry ({@code a:prstGeom}) other than a rectangle, ellipse or line is drawn from POI's preset
 * definitions ({@link PresetShape}). Charts, diagrams and other graphics keep their space empty.
 * VML ({@code w:pict}) is read by {@link VmlReader}.
 */
final class DrawingReader {
  private DrawingReader() {}

  /** Reads one {@code w:drawing} element of a run. */
  static void read(XmlNode drawing, Story story, RunStyle style, FontFace face, String link,
      ParagraphContent out) {
    for (XmlNode child : drawing.children()) {
      if (child.name.equals("wp:inline")) {
        inline(child, story, style, face, link, out);
      } else if (child.name.equals("wp:anchor")) {
        anchor(child, story, out);
      }
    }
  }

  private static void inline(XmlNode inline, Story story, RunStyle style, FontFace face, String link,
      ParagraphContent out) {
    float[] size = extent(inline);
    XmlNode content = graphicContent(inline);
    XmlNode txbx = content == null ? null : content.find("txbxContent");
    if (txbx != null) {
      out.flowedBoxes.add(story.with(txbx));
      return;
    }
    PackagePart image = blip(content, story);
    out.spans.add(Span.picture(new Picture(image, size[0], size[1]), style, face, link));
  }

  private static void anchor(XmlNode anchor, Story story, ParagraphContent out) {
    float[] size = extent(anchor);
    XmlNode content = graphicContent(anchor);
    XmlNode txbx = content == null ? null : content.find("txbxContent");
    PackagePart image = txbx == null ? blip(content, story) : null;
    XmlNode h = anchor.child("wp:positionH");
    XmlNode v = anchor.child("wp:positionV");
    int[] colors = shapeColors(content);
    out.floats.add(new Floating(image == null ? null : new Picture(image, size[0], size[1]),
        txbx == null ? null : story.with(txbx), size[0], size[1],
        relative(h, "column"), offset(h), align(h), relative(v, "paragraph"), offset(v), align(v),
        wrap(anchor), colors[0], colors[1], outline(content)));
  }

  /** Width and height in points from {@code wp:extent}. */
  private static float[] extent(XmlNode drawing) {
    XmlNode extent = drawing.child("wp:extent");
    if (extent == null) {
      return new float[] {0, 0};
    }
    return new float[] {Math.max(0, Units.emu(extent.attr("cx"), 0)), Math.max(0, Units.emu(extent.attr("cy"), 0))};
  }

  private static XmlNode graphicContent(XmlNode drawing) {
    XmlNode graphic = drawing.child("a:graphic");
    XmlNode data = graphic == null ? null : graphic.child("a:graphicData");
    return data == null || data.children().isEmpty() ? null : data.children().get(0);
  }

  private static PackagePart blip(XmlNode content, Story story) {
    if (content == null) {
      return null;
    }
    XmlNode blip = content.name.equals("a:blip") ? content : content.findIn("a:blip", RunReader::branch);
    if (blip == null) {
      return null;
    }
    String id = blip.attr("r:embed");
    return story.picture(id != null ? id : blip.attr("r:link"));
  }

  private static String relative(XmlNode position, String fallback) {
    String rel = position == null ? null : position.attr("relativeFrom");
    return rel == null ? fallback : rel;
  }

  private static float offset(XmlNode position) {
    XmlNode off = position == null ? null : position.child("wp:posOffset");
    return off == null ? 0 : Units.emu(off.text == null ? null : off.text.trim(), 0);
  }

  private static String align(XmlNode position) {
    XmlNode align = position == null ? null : position.child("wp:align");
    return align == null || align.text == null ? null : align.text.trim();
  }

  private static String wrap(XmlNode anchor) {
    if ("1".equals(anchor.attr("behindDoc")) || "true".equals(anchor.attr("behindDoc"))) {
      return "none";
    }
    for (XmlNode c : anchor.children()) {
      if (c.name.startsWith("wp:wrap")) {
        String kind = c.name.substring(7);
        return Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
      }
    }
    return "none";
  }

  /** Fill and outline colours of a {@code wps:wsp} shape (solid sRGB only), -1 when none. */
  private static int[] shapeColors(XmlNode content) {
    int fill = -1;
    int line = -1;
    XmlNode spPr = content == null ? null : content.child("wps:spPr");
    if (spPr != null) {
      XmlNode solid = spPr.child("a:solidFill");
      fill = solid == null ? -1 : srgb(solid);
      XmlNode ln = spPr.child("a:ln");
      XmlNode lnSolid = ln == null ? null : ln.child("a:solidFill");
      line = lnSolid == null ? -1 : srgb(lnSolid);
      if (line < 0 && ln != null && ln.child("a:noFill") == null && content.child("wps:style") != null) {
        line = 0x000000;
      }
    }
    return new int[] {fill, line};
  }

  /** Text insets from {@code wps:bodyPr} (lIns, tIns, rIns, bIns in EMU), defaults where absent. */
  private static float[] insets(XmlNode content) {
    XmlNode body = content == null ? null : content.child("wps:bodyPr");
    float[] d = Floating.Outline.DEFAULT_INSETS;
    if (body == null) {
      return d;
    }
    return new float[] {Units.emu(body.attr("lIns"), d[0]), Units.emu(body.attr("tIns"), d[1]),
        Units.emu(body.attr("rIns"), d[2]), Units.emu(body.attr("bIns"), d[3])};
  }

  private static String anchor(XmlNode content) {
    XmlNode body = content == null ? null : content.child("wps:bodyPr");
    String anchor = body == null ? null : body.attr("anchor");
    return anchor == null ? "t" : anchor;
  }

  /** The outline of a {@code wps:wsp}: preset geometry, {@code a:ln} width and compound type. */
  private static Floating.Outline outline(XmlNode content) {
    XmlNode spPr = content == null ? null : content.child("wps:spPr");
    if (spPr == null) {
      return Floating.Outline.RECT;
    }
    XmlNode geometry = spPr.child("a:prstGeom");
    String prst = geometry == null ? "rect" : String.valueOf(geometry.attr("prst"));
    String kind = prst.equals("ellipse") ? "ellipse" : prst.equals("line") || prst.contains("Connector") ? "line" : "rect";
    XmlNode ln = spPr.child("a:ln");
    float width = ln == null ? 0.75f : Units.emu(ln.attr("w"), 0.75f);
    String style = ln != null && "dbl".equals(ln.attr("cmpd")) ? "double"
        : ln != null && ln.child("a:prstDash") != null && !"solid".equals(ln.child("a:prstDash").attr("val"))
        ? "dashed" : "single";
    XmlNode xfrm = spPr.child("a:xfrm");
    boolean flipped = xfrm != null && ("1".equals(xfrm.attr("flipV")) != "1".equals(xfrm.attr("flipH")));
    PresetShape preset = kind.equals("rect") && !prst.equals("rect") && PresetShape.known(prst)
        ? new PresetShape(prst, adjusts(geometry)) : null;
    Floating.Gradient gradient = kind.equals("line") ? null : gradient(spPr);
    if (gradient != null && preset == null) {
      preset = new PresetShape(kind, Map.of());
    }
    return new Floating.Outline(kind, width, style, flipped, insets(content), anchor(content), preset, gradient);
  }

  /** The preset's adjust values ({@code a:avLst/a:gd}: name and formula, as POI evaluates them). */
  private static Map<String, String> adjusts(XmlNode prstGeom) {
    XmlNode list = prstGeom == null ? null : prstGeom.child("a:avLst");
    Map<String, String> adjusts = new HashMap<>();
    for (XmlNode gd : list == null ? List.<XmlNode>of() : list.children("a:gd")) {
      if (gd.attr("name") != null && gd.attr("fmla") != null) {
        adjusts.put(gd.attr("name"), gd.attr("fmla"));
      }
    }
    return adjusts;
  }

  /**
   * A linear gradient running down the shape ({@code a:gradFill} with {@code a:lin ang="5400000"},
   * 90 degrees, ECMA-376 Part 1 §20.1.8.41) from its first stop's sRGB colour to its last's, or
   * null for other gradients (left unfilled, as before).
   */
  private static Floating.Gradient gradient(XmlNode spPr) {
    XmlNode fill = spPr.child("a:gradFill");
    XmlNode stops = fill == null ? null : fill.child("a:gsLst");
    XmlNode lin = fill == null ? null : fill.child("a:lin");
    if (stops == null || lin == null || Units.integer(lin.attr("ang"), -1) != 5_400_000) {
      return null;
    }
    XmlNode first = null;
    XmlNode last = null;
    for (XmlNode gs : stops.children("a:gs")) {
      int pos = Units.integer(gs.attr("pos"), 0);
      if (first == null || pos < Units.integer(first.attr("pos"), 0)) {
        first = gs;
      }
      if (last == null || pos >= Units.integer(last.attr("pos"), 0)) {
        last = gs;
      }
    }
    int top = first == null ? -1 : srgb(first);
    int bottom = last == null ? -1 : srgb(last);
    return top < 0 || bottom < 0 || first == last ? null : new Floating.Gradient(top, bottom);
  }

  private static int srgb(XmlNode solidFill) {
    XmlNode rgb = solidFill.child("a:srgbClr");
    return rgb == null ? -1 : Units.color(rgb.attr("val"));
  }
}
