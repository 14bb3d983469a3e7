package dev.docket.convert.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * What a cell shows: its value formatted by its number format through POI's {@link DataFormatter}
 * (US conventions), formula cells by their cached result (formulas are never evaluated).
 */
final class CellTexts {
  /** How a value aligns by default and what happens when it does not fit. */
  enum Kind {
    /** Nothing to show. */
    EMPTY,
    /** Text: left-aligned, overflows into empty neighbours. */
    TEXT,
    /** A number or date: right-aligned, "###" when too wide. */
    NUMBER,
    /** TRUE/FALSE and error values: centred. */
    LOGICAL
  }

  private final DataFormatter formatter = new DataFormatter(Locale.US);

  CellTexts() {
    formatter.setUseCachedValuesForFormulaCells(true);
  }

  Kind kind(XSSFCell cell) {
    if (cell == null) {
      return Kind.EMPTY;
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
        : cell.getCellType();
    return switch (type) {
      case NUMERIC -> Kind.NUMBER;
      case STRING -> cell.getStringCellValue().isEmpty() ? Kind.EMPTY : Kind.TEXT;
      case BOOLEAN, ERROR -> Kind.LOGICAL;
      default -> Kind.EMPTY;
    };
  }

  /** The text the cell shows, "" for blank cells. */
  String text(XSSFCell cell) {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return "";
    }
    try {
      return formatter.formatCellValue(cell);
    } catch (RuntimeException e) {
      return rawValue(cell); // a number format DataFormatter cannot parse
    }
  }

  private static String rawValue(XSSFCell cell) {
    try {
      return cell.getRawValue() == null ? "" : cell.getRawValue();
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** True when the cell's number format is General (whose decimals shrink to fit the column). */
  static boolean isGeneral(XSSFCell cell) {
    return cell.getCellStyle().getDataFormat() == 0
        || "General".equalsIgnoreCase(cell.getCellStyle().getDataFormatString());
  }

  /**
   * A General-formatted number with as many decimals as fit, as spreadsheet applications show it
   * in a narrow column; {@code null} when even the rounded integer does not fit.
   */
  static String fitGeneral(double value, String shown, Predicate<String> fits) {
    int dot = shown.indexOf('.');
    if (dot < 0 || shown.contains("E")) {
      return null;
    }
    BigDecimal exact = BigDecimal.valueOf(value);
    for (int decimals = shown.length() - dot - 2; decimals >= 0; decimals--) {
      String candidate = exact.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros()
          .toPlainString();
      if (fits.test(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
