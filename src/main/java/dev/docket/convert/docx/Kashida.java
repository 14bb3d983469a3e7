package dev.docket.convert.docx;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.JoiningGroup;
import com.ibm.icu.lang.UCharacter.JoiningType;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;

/**
 * Where justified Arabic-script text is stretched by kashida (tatweel) instead of wider blanks, as
 * LibreOffice Writer does it (sw/source/core/text/porlay.cxx, SwScriptInfo::InitScriptInfo; the
 * rules themselves now live in i18nutil/source/utility/kashida.cxx): one position per word, the one
 * of highest priority, the last of equal ones:
 * <ol>
 *   <li>after a kashida the author typed;
 *   <li>after a Seen or Sad (not before a zero-width non-joiner);
 *   <li>before a final Teh Marbuta, Dal or word-final Heh;
 *   <li>before an Alef, or a word-final Lam, Tah, Kaf or Gaf;
 *   <li>before a medial Beh-like letter followed by Reh or Yeh;
 *   <li>before a Waw, or a word-final Ain, Qaf or Feh;
 *   <li>before a Reh, or any other word-final letter;
 * </ol>
 * each (from 3 on) only where the letter before joins to the left and the two are not Lam-Alef,
 * which fonts draw as one ligature. Letter classes are ICU's joining groups; words are ICU's word
 * segments. Positions are indexes into the text of the character after which the stretch goes.
 */
final class Kashida {
  private static final int ZWNJ = 0x200C;
  private static final int TATWEEL = 0x0640;
  private static final int[] NONE = new int[0];

  private Kashida() {}

  /**
   * Kashida positions of a text, ascending; none when the text also holds left-to-right letters
   * (LibreOffice leaves such script runs to blank justification).
   */
  static int[] positions(String text) {
    if (hasStrongLeftToRight(text)) {
      return NONE;
    }
    BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
    words.setText(text);
    int[] found = new int[text.length()];
    int n = 0;
    for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      if (words.getRuleStatus() >= BreakIterator.WORD_LETTER) {
        int k = inWord(text, start, end);
        if (k >= 0) {
          found[n++] = k;
        }
      }
    }
    return Arrays.copyOf(found, n);
  }

  /** Index of the last character of the cluster starting at {@code k}: its base and its marks. */
  static int clusterEnd(String text, int k) {
    int e = k;
    while (e + 1 < text.length() && isTransparent(text.charAt(e + 1))) {
      e++;
    }
    return e;
  }

  /**
   * True when a range is Arabic text in LibreOffice's sense (SwScriptInfo::IsArabicText): its first
   * letter or digit, or failing one its last before the range, is of the Arabic script.
   */
  static boolean isArabicText(String text, int start, int end) {
    int i = start;
    while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    if (i == end) {
      i = start - 1;
      while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i))) {
        i--;
      }
    }
    return i >= 0 && UScript.getScript(text.charAt(i)) == UScript.ARABIC;
  }

  /** The kashida position of one word, or -1 (the numbered rules of the class comment). */
  private static int inWord(String text, int from, int to) {
    int end = to;
    while (end > from && isTransparent(text.charAt(end - 1))) {
      end--;
    }
    int pos = -1;
    int level = 7;
    int prev = -1;
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      boolean last = i == end - 1;
      if (c == TATWEEL) {
        pos = i;
        level = 0;
      }
      if (level >= 1 && !last && isSeenOrSad(c) && text.charAt(i + 1) != ZWNJ) {
        pos = i;
        level = 1;
      }
      if (prev >= 0 && joinsBefore(c, text.charAt(prev))) {
        int rule = rule(text, c, i, end, last);
        if (rule > 0 && level >= rule) {
          pos = prev;
          level = rule;
        }
      }
      if (!isTransparent(c)) {
        prev = i;
      }
    }
    return pos;
  }

  /** The priority (2 to 6) of stretching before {@code c} at {@code i}, 0 when none applies. */
  private static int rule(String text, char c, int i, int end, boolean last) {
    int group = UCharacter.getIntPropertyValue(c, UProperty.JOINING_GROUP);
    if (group == JoiningGroup.TEH_MARBUTA || group == JoiningGroup.DAL || group == JoiningGroup.HEH && last) {
      return 2;
    }
    if (group == JoiningGroup.ALEF || last && (group == JoiningGroup.LAM || group == JoiningGroup.TAH
        || group == JoiningGroup.KAF || group == JoiningGroup.GAF)) {
      return 3;
    }
    if (!last && isBehLike(group) && isRehOrYeh(text.charAt(i + 1))) {
      return 4;
    }
    if (group == JoiningGroup.WAW || last && (group == JoiningGroup.AIN || group == JoiningGroup.QAF
        || group == JoiningGroup.AFRICAN_QAF || group == JoiningGroup.FEH || group == JoiningGroup.AFRICAN_FEH)) {
      return 5;
    }
    if (group == JoiningGroup.REH || last && UScript.getScript(c) == UScript.ARABIC) {
      return 6;
    }
    return 0;
  }

  /** True when the letter before joins to the left and the pair is no Lam-Alef ligature. */
  private static boolean joinsBefore(char c, char before) {
    int type = UCharacter.getIntPropertyValue(before, UProperty.JOINING_TYPE);
    if (type != JoiningType.DUAL_JOINING && type != JoiningType.JOIN_CAUSING) {
      return false;
    }
    return !(group(before) == JoiningGroup.LAM && group(c) == JoiningGroup.ALEF);
  }

  private static boolean isSeenOrSad(char c) {
    int g = group(c);
    return g == JoiningGroup.SEEN || g == JoiningGroup.SAD;
  }

  private static boolean isBehLike(int g) {
    return g == JoiningGroup.BEH || g == JoiningGroup.NOON || g == JoiningGroup.AFRICAN_NOON
        || g == JoiningGroup.NYA || g == JoiningGroup.YEH || g == JoiningGroup.FARSI_YEH
        || g == JoiningGroup.BURUSHASKI_YEH_BARREE;
  }

  private static boolean isRehOrYeh(char c) {
    int g = group(c);
    return g == JoiningGroup.REH || g == JoiningGroup.YEH || g == JoiningGroup.FARSI_YEH
        || g == JoiningGroup.YEH_BARREE || g == JoiningGroup.BURUSHASKI_YEH_BARREE
        || g == JoiningGroup.YEH_WITH_TAIL;
  }

  private static int group(char c) {
    return UCharacter.getIntPropertyValue(c, UProperty.JOINING_GROUP);
  }

  private static boolean isTransparent(char c) {
    return UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE) == JoiningType.TRANSPARENT;
  }

  private static boolean hasStrongLeftToRight(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.getDirectionality(text.charAt(i)) == Character.DIRECTIONALITY_LEFT_TO_RIGHT
          && Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
