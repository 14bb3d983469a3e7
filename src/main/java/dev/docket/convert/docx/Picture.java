package dev.docket.convert.docx;

import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * A picture placed in the document: the package part holding its bytes, or WordArt text, and its
 * displayed size in points (from {@code wp:extent}, ECMA-376 Part 1 §20.4.2.7, or a VML style).
 * With neither part nor text it only takes its room (charts, shapes).
 *
 * @param part the image part (PNG, JPEG, GIF, BMP, TIFF, EMF, WMF, PDF), or null
 * @param width displayed width, points
 * @param height displayed height, points
 * @param art WordArt text stretched over the picture's box (VML {@code v:textpath}), or null
 */
record Picture(PackagePart part, float width, float height, TextArt art) {
  Picture(PackagePart part, float width, float height) {
    this(part, width, height, null);
  }

  /**
   * Text fitted to a box.
   *
   * @param text the characters
   * @param face the face to draw them in
   */
  record TextArt(String text, FontFace face) {}
}
