package dev.docket.convert.xlsx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Splits one axis (columns or rows) of a print range into page bands the way LibreOffice does:
 * ScTable::UpdatePageBreaks accumulates sizes in twips and starts a page where the next size
 * would overflow, or at a manual break; repeated titles take their size off every page after the
 * first; PrintPageRanges then turns the breaks into bands, where several breaks inside one hidden
 * run count once.
 */
final class AxisSplitter {
  private final int[] sizes;
  private final int first;
  private final IntPredicate manualBreak;
  private final int repeatFirst;
  private final int repeatLast;

  /**
   * @param sizes size in twips of each index from {@code first} on (0 when hidden)
   * @param manualBreak true where a manual break starts a page (never, when fitting this axis)
   * @param repeatFirst first repeated title index, -1 without titles
   */
  AxisSplitter(int[] sizes, int first, IntPredicate manualBreak, int repeatFirst, int repeatLast) {
    this.sizes = sizes;
    this.first = first;
    this.manualBreak = manualBreak;
    this.repeatFirst = repeatFirst;
    this.repeatLast = repeatLast;
  }

  /** The bands [first, last] for pages of the given size in twips. */
  List<int[]> bands(long pageSize) {
    return bands(breaks(Math.max(1, pageSize)));
  }

  private Set<Integer> breaks(long page) {
    Set<Integer> breaks = new HashSet<>();
    long running = 0;
    boolean repeatSubtracted = false;
    for (int index = first; index < first + sizes.length; index++) {
      long size = sizes[index - first];
      boolean startsPage;
      if (running + size > page || manualBreak.test(index)) {
        breaks.add(index);
        running = 0;
        startsPage = true;
      } else {
        breaks.remove(index);
        startsPage = index == first;
      }
      if (startsPage && repeatFirst >= 0 && index > repeatFirst && !repeatSubtracted) {
        page = Math.max(1, page - repeatSize());
        while (index <= repeatLast) {
          breaks.remove(++index); // LibreOffice steps past the titles without measuring them
        }
        repeatSubtracted = true;
      }
      running += size;
    }
    return breaks;
  }

  private long repeatSize() {
    long total = 0;
    for (int i = Math.max(first, repeatFirst); i <= repeatLast && i - first < sizes.length; i++) {
      total += sizes[i - first];
    }
    return total;
  }

  private List<int[]> bands(Set<Integer> breaks) {
    List<int[]> bands = new ArrayList<>();
    boolean sawVisible = false;
    int start = first;
    int last = first + sizes.length - 1;
    for (int index = first; index <= last; index++) {
      if (index > first && sawVisible && breaks.contains(index)) {
        bands.add(new int[] {start, index - 1});
        start = index;
        sawVisible = false;
      }
      if (sizes[index - first] > 0) {
        sawVisible = true;
      }
    }
    if (sawVisible) {
      bands.add(new int[] {start, last});
    }
    return bands;
  }
}
