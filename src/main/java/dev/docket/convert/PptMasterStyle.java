package dev.docket.convert;

import org.apache.poi.hslf.model.textproperties.TextProp;
import org.apache.poi.hslf.model.textproperties.TextPropCollection;
import org.apache.poi.hslf.usermodel.HSLFMasterSheet;
import org.apache.poi.hslf.usermodel.HSLFTextParagraph;
import org.apache.poi.hslf.usermodel.HSLFTextShape;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.util.Units;

/**
 * Paragraph properties of ppt text that POI leaves unset where LibreOffice takes them from the
 * master's text style for the paragraph's text type and level (TxMasterStyleAtom, [MS-PPT]
 * 2.9.35): POI does not consult the master for a paragraph whose own property mask is empty.
 * Each method returns POI's value when it has one. Lengths in points.
 */
final class PptMasterStyle {
  private PptMasterStyle() {}

  /** Space before or after ({@code spacebefore}, {@code spaceafter}) or line spacing
   * ({@code linespacing}): a percentage when positive, minus points when negative. */
  static Double spacing(TextParagraph<?, ?, ?> p, Double value, String name) {
    Integer raw = value == null ? master(p, name) : null;
    if (raw == null) {
      return value;
    }
    return raw < 0 ? Units.masterToPoints(raw) : (double) raw;
  }

  /** The text's left margin ({@code text.offset}). */
  static Double leftMargin(TextParagraph<?, ?, ?> p) {
    return offset(p.getLeftMargin(), p, "text.offset");
  }

  /** The first line's (or bullet's) indent ({@code bullet.offset}). */
  static Double indent(TextParagraph<?, ?, ?> p) {
    return offset(p.getIndent(), p, "bullet.offset");
  }

  private static Double offset(Double value, TextParagraph<?, ?, ?> p, String name) {
    Integer raw = value == null ? master(p, name) : null;
    return raw == null ? value : Double.valueOf(Units.masterToPoints(raw));
  }

  private static Integer master(TextParagraph<?, ?, ?> p, String name) {
    if (!(p instanceof HSLFTextParagraph binary)) {
      return null;
    }
    HSLFTextShape shape = binary.getParentShape();
    if (shape == null || shape.getSheet() == null || shape.getRunType() < 0) {
      return null; // a shape's own text (no text type) has no master style
    }
    HSLFMasterSheet master = shape.getSheet().getMasterSheet();
    try {
      TextPropCollection props = master == null ? null : master.getPropCollection(
          shape.getRunType(), Math.max(binary.getIndentLevel(), 0), name, false);
      TextProp prop = props == null ? null : props.findByName(name);
      return prop == null ? null : prop.getValue();
    } catch (RuntimeException e) {
      return null; // POI indexes its style tables without checking the text type
    }
  }
}
