package dev.docket.config;

import java.util.Map;
import java.util.Optional;

/** Reads typed values from environment variables, failing with a {@link ConfigException} that names the variable. */
final class EnvReader {
  private final Map<String, String> env;

  EnvReader(Map<String, String> env) {
    this.env = env;
  }

  /** The trimmed value, or empty when unset or blank. */
  Optional<String> text(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** {@code true} or {@code false} (case-insensitive); anything else fails naming the variable. */
  boolean bool(String name, boolean defaultValue) {
    return text(name).map(v -> switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new ConfigException(name + ": '" + v + "' (expected true or false)");
    }).orElse(defaultValue);
  }

  /** A whole number in [min, max]; accepts {@code _} separators and the suffixes k, m, g (binary multiples). */
  long longValue(String name, long defaultValue, long min, long max) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      return defaultValue;
    }
    long value = parse(name, text.get());
    if (value < min || value > max) {
      throw new ConfigException(name + ": " + value + " is out of range [" + min + ", " + max + "]");
    }
    return value;
  }

  private static long parse(String name, String raw) {
    String s = raw.replace("_", "").toLowerCase(java.util.Locale.ROOT);
    long unit = 1;
    if (s.endsWith("k") || s.endsWith("m") || s.endsWith("g")) {
      unit = switch (s.charAt(s.length() - 1)) {
        case 'k' -> 1L << 10;
        case 'm' -> 1L << 20;
        default -> 1L << 30;
      };
      s = s.substring(0, s.length() - 1);
    }
    try {
      return Math.multiplyExact(Long.parseLong(s), unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new ConfigException(name + ": '" + raw + "' is not a whole number");
    }
  }
}
