package io.kilowatch.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads durations as people write them: {@code 250ms}, {@code 90s}, {@code 5m}, {@code 2h}, {@code
 * 1d}, or ISO {@code PT5M}.
 */
final class Durations implements ITypeConverter<Duration> {

  private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  @Override
  public Duration convert(String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    Matcher simple = SIMPLE.matcher(text);
    if (simple.matches()) {
      long amount = Long.parseLong(simple.group(1));
      return switch (simple.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
    try {
      return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration: write e.g. 250ms, 90s, 5m, 2h or PT5M");
    }
  }

  /** How a duration is shown: {@code 850ms}, {@code 42s}, {@code 3m 05s}, {@code 2h 10m}. */
  static String human(double seconds) {
    if (seconds < 1) {
      return Math.round(seconds * 1000) + "ms";
    }
    long whole = (long) seconds;
    if (whole < 60) {
      return whole + "s";
    }
    if (whole < 3600) {
      return String.format(Locale.ROOT, "%dm %02ds", whole / 60, whole % 60);
    }
    if (whole < 86_400) {
      return String.format(Locale.ROOT, "%dh %02dm", whole / 3600, whole % 3600 / 60);
    }
    return String.format(Locale.ROOT, "%dd %02dh", whole / 86_400, whole % 86_400 / 3600);
  }
}
