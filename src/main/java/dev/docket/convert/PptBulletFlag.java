package dev.docket.convert;

import org.apache.poi.hslf.model.textproperties.BitMaskTextProp;
import org.apache.poi.hslf.model.textproperties.TextPropCollection;
import org.apache.poi.hslf.usermodel.HSLFMasterSheet;
import org.apache.poi.hslf.usermodel.HSLFTextParagraph;
import org.apache.poi.hslf.usermodel.HSLFTextShape;

/**
 * Whether a ppt paragraph has a bullet, decided bit by bit as LibreOffice decides it: a paragraph
 * flag ({@code paragraph_flags}, [MS-PPT] 2.9.20 PFMasks {@code hasBullet}) counts only where its
 * mask bit is set, else it comes from the master's text style for the paragraph's text type, where
 * a level that does not state it takes the level below's. POI reads the bit of the first flags
 * word it finds, stated or not: a master level giving only {@code bulletHasFont} turns the bullet
 * off (bug58718 slide 11: level-2 dashes POI drops).
 *
 * <p>Source: LibreOffice {@code filter/source/msfilter/svdfppt.cxx}: {@code PPTParaPropSet}
 * sets {@code PPT_ParaAttr_BulletOn} only under mask bit 0; {@code PPTStyleSheet} starts each
 * master level as a copy of the level below before reading it.
 */
final class PptBulletFlag {
  private static final String FLAGS = "paragraph_flags";
  private static final int HAS_BULLET = 0;
  /** The flags word's bits: hasBullet, bulletHasFont, bulletHasColor, bulletHasSize. */
  private static final int BITS = 4;

  private PptBulletFlag() {}

  /**
   * Where LibreOffice's reading of the bullet flag differs from POI's, gives the paragraph its own
   * flags word with every bit read LibreOffice's way (so POI's bullet font, colour and size
   * follow too); else changes nothing.
   */
  static void apply(HSLFTextParagraph paragraph) {
    Boolean bullet = resolve(paragraph, HAS_BULLET);
    if (bullet == null || bullet == paragraph.isBullet()) {
      return;
    }
    BitMaskTextProp flags = paragraph.getParagraphStyle().findByName(FLAGS);
    if (flags == null) {
      flags = paragraph.getParagraphStyle().addWithName(FLAGS);
    }
    for (int bit = 0; bit < BITS; bit++) {
      Boolean value = resolve(paragraph, bit);
      if (value != null) {
        flags.setSubValue(value, bit);
      }
    }
  }

  /** A bit as stated by the paragraph, else by the master from its level down; null if none. */
  private static Boolean resolve(HSLFTextParagraph paragraph, int bit) {
    Boolean own = stated(paragraph.getParagraphStyle(), bit);
    if (own != null) {
      return own;
    }
    HSLFTextShape shape = paragraph.getParentShape();
    if (shape == null || shape.getSheet() == null || shape.getRunType() < 0) {
      return null; // a shape's own text (no text type) has no master style
    }
    HSLFMasterSheet master = shape.getSheet().getMasterSheet();
    if (master == null) {
      return null;
    }
    for (int level = Math.max(paragraph.getIndentLevel(), 0); level >= 0; level--) {
      try {
        Boolean stated = stated(master.getPropCollection(shape.getRunType(), level, FLAGS, false),
            bit);
        if (stated != null) {
          return stated;
        }
      } catch (RuntimeException e) {
        return null; // POI indexes its style tables without checking the text type
      }
    }
    return null;
  }

  private static Boolean stated(TextPropCollection props, int bit) {
    BitMaskTextProp flags = props == null ? null : props.findByName(FLAGS);
    if (flags == null || !flags.getSubPropMatches()[bit]) {
      return null;
    }
    return flags.getSubValue(bit);
  }
}
