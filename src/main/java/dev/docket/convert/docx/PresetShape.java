package dev.docket.convert.docx;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.draw.geom.Context;
import org.apache.poi.sl.draw.geom.CustomGeometry;
import org.apache.poi.sl.draw.geom.Guide;
import org.apache.poi.sl.draw.geom.GuideIf;
import org.apache.poi.sl.draw.geom.PathIf;
import org.apache.poi.sl.draw.geom.PresetGeometries;
import org.apache.poi.sl.usermodel.PaintStyle.PaintModifier;
import org.apache.poi.sl.usermodel.ShapeType;

/**
 * A shape drawn from one of DrawingML's preset geometries (ECMA-376 Part 1 §20.1.9.18
 * ST_ShapeType: {@code roundRect}, {@code verticalScroll}, {@code ribbon}, ...), with the path
 * definitions POI ships ({@link PresetGeometries}) evaluated as POI's own {@code
 * DrawSimpleShape.computeOutlines} does: each path scaled from its own coordinate space (or EMUs)
 * to the shape's box. VML shapes name the same shapes by their binary type number ({@code o:spt},
 * MS-ODRAW MSOSPT), which {@link ShapeType#forId(int, boolean)} maps to the preset.
 *
 * @param name the preset's name
 * @param adjusts adjust values by guide name ({@code adj}, {@code adj1}, ...) as formulas
 *     ({@code val 16667}); missing ones take the preset's defaults
 */
record PresetShape(String name, Map<String, String> adjusts) {
  /** One path of the shape, in the shape box's coordinates (points from its top-left corner). */
  record Part(Shape outline, boolean filled, boolean stroked, PaintModifier modifier) {}

  /**
   * The preset a VML shape type number names, or null for shapes this painter draws itself (rect,
   * ellipse, line, text boxes, pictures) and for WordArt's text paths ({@code text*} presets warp
   * text, they have no outline of their own).
   */
  static String ofVmlType(int spt) {
    ShapeType type = ShapeType.forId(spt, false);
    String name = type == null ? null : type.getOoxmlName();
    if (name == null || name.startsWith("text") || name.equals("rect") || name.equals("ellipse")
        || name.equals("line") || !known(name)) {
      return null;
    }
    return name;
  }

  /** Whether POI has a definition for the preset. */
  static boolean known(String name) {
    return name != null && PresetGeometries.getInstance().get(name) != null;
  }

  /** The shape's paths for a box of {@code width} × {@code height} points; empty if unknown. */
  List<Part> parts(float width, float height) {
    CustomGeometry geometry = PresetGeometries.getInstance().get(name);
    List<Part> parts = new ArrayList<>();
    if (geometry == null || !(width > 0) || !(height > 0)) {
      return parts;
    }
    for (PathIf path : geometry) {
      double w = path.getW();
      double h = path.getH();
      double scaleX = w == -1 ? 1 / Units.EMU_PER_POINT : w == 0 ? 1 : width / w;
      double scaleY = h == -1 ? 1 / Units.EMU_PER_POINT : h == 0 ? 1 : height / h;
      w = w == -1 ? width * Units.EMU_PER_POINT : w;
      h = h == -1 ? height * Units.EMU_PER_POINT : h;
      Context context = new Context(geometry, new Rectangle2D.Double(0, 0, w, h), this::adjust);
      Shape outline = AffineTransform.getScaleInstance(scaleX, scaleY).createTransformedShape(path.getPath(context));
      parts.add(new Part(outline, path.isFilled(), path.isStroked(), path.getFill()));
    }
    return parts;
  }

  private GuideIf adjust(String guide) {
    String formula = adjusts.get(guide);
    if (formula == null) {
      return null;
    }
    // a plain guide, as POI's shapes answer: an adjust value would look itself up again
    Guide value = new Guide();
    value.setName(guide);
    value.setFmla(formula);
    return value;
  }
}
