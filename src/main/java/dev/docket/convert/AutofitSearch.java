package dev.docket.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * LibreOffice's search for the font scale of shrink-on-overflow text ({@code
 * SdrTextObj::ImpAutoFitText}, {@code svx/source/svdraw/svdotext.cxx}), reproduced because its
 * answer is not the largest scale that fits: from 100 % it multiplies the scale by the square root
 * of (room / text height), truncating to whole percents, for at most ten rounds or until a scale
 * repeats, and keeps the largest scale seen at which the text fitted.
 */
final class AutofitSearch {
  private static final int ROUNDS = 10;

  private AutofitSearch() {}

  /**
   * @param available the height the text may take, in points
   * @param textHeight the text's height at a scale in percent, in points
   * @return the scale in percent (1 to 100)
   */
  static int scale(double available, IntToDoubleFunction textHeight) {
    int best = 0;
    int current = 100;
    List<Integer> seen = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      double height = textHeight.applyAsDouble(current);
      double factor = height <= 0 ? 1 : Math.sqrt(available / height);
      if (factor >= 1) {
        best = Math.max(best, current);
      }
      if (seen.contains(current)) {
        break;
      }
      seen.add(current);
      if (factor < 1 || current != 100) {
        current = Math.max(1, Math.min(100, (int) (current * factor)));
      }
    }
    return Math.max(1, best);
  }
}
