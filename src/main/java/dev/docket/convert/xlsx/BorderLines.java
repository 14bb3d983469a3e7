package dev.docket.convert.xlsx;

import java.io.IOException;
import org.apache.poi.ss.usermodel.BorderStyle;

/** Draws one cell edge in its SpreadsheetML line style: width, dash pattern, double lines. */
final class BorderLines {
  private static final float[] SOLID = {};
  private static final float[] DASHED = {3f, 1.5f};
  private static final float[] DOTTED = {0.75f, 0.75f};
  private static final float[] DASH_DOT = {3f, 1f, 1f, 1f};
  private static final float[] DASH_DOT_DOT = {3f, 1f, 1f, 1f, 1f, 1f};

  private BorderLines() {}

  /** Line width in points of a border style: LibreOffice's 15, 35 and 50 twips. */
  static float width(BorderStyle style) {
    return switch (style) {
      case HAIR -> 0.25f;
      case MEDIUM, MEDIUM_DASHED, MEDIUM_DASH_DOT, MEDIUM_DASH_DOT_DOT, SLANTED_DASH_DOT -> 1.75f;
      case THICK -> 2.5f;
      default -> 0.75f;
    };
  }

  private static float[] dash(BorderStyle style) {
    return switch (style) {
      case DASHED, MEDIUM_DASHED -> DASHED;
      case DOTTED, HAIR -> DOTTED;
      case DASH_DOT, MEDIUM_DASH_DOT, SLANTED_DASH_DOT -> DASH_DOT;
      case DASH_DOT_DOT, MEDIUM_DASH_DOT_DOT -> DASH_DOT_DOT;
      default -> SOLID;
    };
  }

  /** Draws an edge from (x1,y1) to (x2,y2); a double line is drawn as two thin ones. */
  static void draw(Painter painter, CellLook.Edge edge, float x1, float y1, float x2, float y2)
      throws IOException {
    BorderStyle style = edge.style();
    if (style == BorderStyle.DOUBLE) {
      boolean horizontal = y1 == y2;
      float d = 0.75f;
      painter.line(horizontal ? x1 : x1 - d, horizontal ? y1 - d : y1,
          horizontal ? x2 : x2 - d, horizontal ? y2 - d : y2, 0.4f, edge.rgb(), SOLID);
      painter.line(horizontal ? x1 : x1 + d, horizontal ? y1 + d : y1,
          horizontal ? x2 : x2 + d, horizontal ? y2 + d : y2, 0.4f, edge.rgb(), SOLID);
      return;
    }
    float[] dash = dash(style);
    float w = width(style);
    float[] scaled = dash;
    if (dash.length > 0 && w > 0.75f) {
      scaled = new float[dash.length];
      for (int i = 0; i < dash.length; i++) {
        scaled[i] = dash[i] * w / 0.75f;
      }
    }
    painter.line(x1, y1, x2, y2, w, edge.rgb(), scaled);
  }
}
