package org.disclosurelake.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values of the per-document budget: sizes such as {@code 64MiB} and durations such as {@code 30s}. */
final class Budgets {

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|KIB|K|MB|MIB|M|GB|GIB|G)?");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(MS|S|M|H)?");

  private Budgets() {}

  private static long number(String digits, String value) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is too large");
    }
  }

  /** Bytes, with an optional binary unit: {@code 1048576}, {@code 512KiB}, {@code 64MiB}, {@code 1GiB} (K = KiB). */
  static final class Size implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException("'" + value + "' is not a size such as 64MiB, 512KiB or 1048576");
      }
      String unit = m.group(2) == null ? "B" : m.group(2).substring(0, 1);
      int shift = switch (unit) {
        case "K" -> 10;
        case "M" -> 20;
        case "G" -> 30;
        default -> 0;
      };
      long n = number(m.group(1), value);
      if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
        throw new TypeConversionException("'" + value + "' must be a positive size");
      }
      return n << shift;
    }
  }

  /** A duration: {@code 500ms}, {@code 30s} (a bare number is seconds), {@code 2m}, {@code 1h}. */
  static final class Time implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      Matcher m = DURATION.matcher(value.strip().toUpperCase(Locale.ROOT));
      long n = m.matches() ? number(m.group(1), value) : 0;
      if (n <= 0) {
        throw new TypeConversionException("'" + value + "' is not a positive duration such as 30s, 500ms or 2m");
      }
      return switch (m.group(2) == null ? "S" : m.group(2)) {
        case "MS" -> Duration.ofMillis(n);
        case "M" -> Duration.ofMinutes(n);
        case "H" -> Duration.ofHours(n);
        default -> Duration.ofSeconds(n);
      };
    }
  }
}
