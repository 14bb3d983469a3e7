package dev.docket.convert.docx;

import java.util.List;

/**
 * Turns a paragraph with a text frame ({@code w:framePr}, ECMA-376 Part 1 §17.3.1.11) into a
 * {@link Floating} text box: positioned by {@code x}/{@code y} or {@code xAlign}/{@code yAlign}
 * relative to the column (text), margin or page, as wide as {@code w} or as its content, taken out
 * of the flow. Frames are how Word places page numbers at a margin. Drop caps stay in the flow.
 */
final class FrameReader {
  private FrameReader() {}

  /** True for a paragraph that is a positioned frame (not a drop cap). */
  static boolean isFrame(XmlNode p) {
    XmlNode pPr = p.child("pPr");
    XmlNode frame = pPr == null ? null : pPr.child("framePr");
    return frame != null && frame.attr("dropCap") == null
        && (frame.attr("x") != null || frame.attr("y") != null || frame.attr("xAlign") != null
        || frame.attr("yAlign") != null || frame.attr("hAnchor") != null || frame.attr("vAnchor") != null);
  }

  /**
   * @param naturalWidth the paragraph's width when laid out on its own, used when the frame has no
   *     width
   */
  static Floating floating(XmlNode p, Story story, float naturalWidth, float naturalHeight) {
    XmlNode pPr = p.child("pPr");
    XmlNode frame = pPr.child("framePr");
    XmlNode plain = p.replacing("pPr", pPr.without("framePr"));
    float width = Units.twips(frame.attr("w"), 0);
    if (width <= 0) {
      width = naturalWidth;
    }
    float height = Math.max(Units.twips(frame.attr("h"), 0), naturalHeight);
    return new Floating(null, story.with(XmlNode.container(List.of(plain))), width, height,
        anchor(frame.attr("hAnchor"), "column"), Units.twips(frame.attr("x"), 0), frame.attr("xAlign"),
        anchor(frame.attr("vAnchor"), "paragraph"), Units.twips(frame.attr("y"), 0), frame.attr("yAlign"),
        "none".equals(frame.attr("wrap")) || "notBeside".equals(frame.attr("wrap")) ? "topAndBottom" : "square",
        -1, -1, Floating.Outline.FRAME);
  }

  private static String anchor(String value, String text) {
    if (value == null || value.equals("text")) {
      return text;
    }
    return value;
  }
}
