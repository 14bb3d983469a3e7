package dev.docket.convert.xlsx;

import java.util.Map;

/**
 * Paper sizes of SpreadsheetML's {@code pageSetup/@paperSize} (ECMA-376 §18.3.1.63), portrait, in
 * points. Unknown codes print on Letter, as Excel does.
 */
final class PaperSizes {
  static final float[] LETTER = {612, 792};
  static final float[] A4 = {595.28f, 841.89f};

  private static final Map<Integer, float[]> SIZES = Map.ofEntries(
      Map.entry(1, LETTER), Map.entry(2, LETTER), Map.entry(3, new float[] {792, 1224}),
      Map.entry(4, new float[] {1224, 792}), Map.entry(5, new float[] {612, 1008}),
      Map.entry(6, new float[] {396, 612}), Map.entry(7, new float[] {522, 756}),
      Map.entry(8, new float[] {841.89f, 1190.55f}), Map.entry(9, A4), Map.entry(10, A4),
      Map.entry(11, new float[] {419.53f, 595.28f}), Map.entry(12, new float[] {728.5f, 1031.81f}),
      Map.entry(13, new float[] {515.91f, 728.5f}), Map.entry(14, new float[] {612, 936}),
      Map.entry(15, new float[] {609.45f, 779.53f}), Map.entry(16, new float[] {720, 1008}),
      Map.entry(17, new float[] {792, 1224}), Map.entry(18, LETTER),
      Map.entry(19, new float[] {279, 639}), Map.entry(20, new float[] {297, 684}),
      Map.entry(27, new float[] {311.81f, 623.62f}), Map.entry(28, new float[] {459.21f, 649.13f}),
      Map.entry(34, new float[] {498.9f, 708.66f}), Map.entry(37, new float[] {279, 540}),
      Map.entry(39, new float[] {1071, 792}), Map.entry(41, new float[] {612, 936}),
      Map.entry(66, new float[] {1190.55f, 1683.78f}), Map.entry(70, new float[] {297.64f, 419.53f}));

  private PaperSizes() {}

  /** Portrait width and height in points of a paper size code. */
  static float[] of(int code) {
    return SIZES.getOrDefault(code, LETTER);
  }
}
