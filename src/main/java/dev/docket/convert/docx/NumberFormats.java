package dev.docket.convert.docx;

/**
 * Formats a number in one of the numbering formats of ECMA-376 Part 1 §17.18.59 ST_NumberFormat
 * (list labels, page numbers, note marks). Unknown formats fall back to decimal.
 */
final class NumberFormats {
  private static final String RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя";
  private static final String ARABIC_ALPHA = "أبتثجحخدذرزسشصضطظعغفقكلمنهوي";
  private static final String ARABIC_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ";
  private static final String[] ROMAN_SYMBOLS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
  private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};

  private NumberFormats() {}

  /**
   * @param format the {@code w:numFmt} value (null means decimal)
   * @param n the number, from 1 (0 and negatives are shown in decimal)
   */
  static String format(String format, int n) {
    if (format == null) {
      return Integer.toString(n);
    }
    return switch (format) {
      case "none" -> "";
      case "bullet" -> "\u2022";
      case "lowerRoman" -> n > 0 && n < 4000 ? roman(n) : Integer.toString(n);
      case "upperRoman" -> n > 0 && n < 4000 ? roman(n).toUpperCase(java.util.Locale.ROOT) : Integer.toString(n);
      case "lowerLetter" -> n > 0 ? letters(n, 'a') : Integer.toString(n);
      case "upperLetter" -> n > 0 ? letters(n, 'A') : Integer.toString(n);
      case "decimalZero" -> n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
      case "ordinal" -> n + ordinalSuffix(n);
      case "russianLower" -> cycle(RUSSIAN, n);
      case "russianUpper" -> cycle(RUSSIAN, n).toUpperCase(java.util.Locale.ROOT);
      case "arabicAlpha" -> cycle(ARABIC_ALPHA, n);
      case "arabicAbjad" -> cycle(ARABIC_ABJAD, n);
      case "decimalEnclosedCircle" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : Integer.toString(n);
      case "decimalEnclosedParen" -> "(" + n + ")";
      case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
      default -> Integer.toString(n);
    };
  }

  private static String roman(int n) {
    StringBuilder sb = new StringBuilder();
    int rest = n;
    for (int i = 0; i < ROMAN_VALUES.length; i++) {
      while (rest >= ROMAN_VALUES[i]) {
        sb.append(ROMAN_SYMBOLS[i]);
        rest -= ROMAN_VALUES[i];
      }
    }
    return sb.toString();
  }

  /** a..z, then aa..zz, aaa.. as Word does (the letter repeated). */
  private static String letters(int n, char first) {
    char letter = (char) (first + (n - 1) % 26);
    return String.valueOf(letter).repeat((n - 1) / 26 + 1);
  }

  private static String cycle(String alphabet, int n) {
    if (n <= 0) {
      return Integer.toString(n);
    }
    char letter = alphabet.charAt((n - 1) % alphabet.length());
    return String.valueOf(letter).repeat((n - 1) / alphabet.length() + 1);
  }

  private static String ordinalSuffix(int n) {
    int mod100 = n % 100;
    if (mod100 >= 11 && mod100 <= 13) {
      return "th";
    }
    return switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  private static String fullWidth(int n) {
    StringBuilder sb = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      sb.append(Character.isDigit(c) ? (char) (0xFF10 + c - '0') : c);
    }
    return sb.toString();
  }
}
