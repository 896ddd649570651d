package io.kilowatch.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in configuration: {@code 30s}, {@code 5m}, {@code 1h30m}, {@code
 * 250ms}, {@code 1d}, or ISO-8601 ({@code PT30S}). A bare number is refused, since its unit would
 * be a guess.
 */
final class DurationFormat {

  private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|s|m|h|d))+");
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
  private static final long MAX_AMOUNT = 1_000_000_000L;

  private DurationFormat() {}

  /**
   * @throws InvalidValueException if {@code text} is not a duration, or is negative
   */
  static Duration parse(String text) {
    String trimmed = text.strip();
    if (trimmed.startsWith("-")) {
      throw new InvalidValueException("must not be negative; write a duration such as 30s");
    }
    if (NUMBER.matcher(trimmed).matches()) {
      throw new InvalidValueException(
          "has no unit; write e.g. " + trimmed + "s, " + trimmed + "m or PT" + trimmed + "S");
    }
    if (trimmed.toUpperCase(Locale.ROOT).startsWith("P")) {
      return parseIso(trimmed);
    }
    if (!WHOLE.matcher(trimmed).matches()) {
      throw new InvalidValueException(
          "is not a duration; write e.g. 30s, 5m, 1h30m, 250ms or PT30S");
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(trimmed);
    while (part.find()) {
      String digits = part.group(1);
      if (digits.length() > 9 || Long.parseLong(digits) > MAX_AMOUNT) {
        throw new InvalidValueException("is too long a duration");
      }
      long amount = Long.parseLong(digits);
      total =
          total.plus(
              switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
              });
    }
    return total;
  }

  /** The shortest of {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d}, {@code 250ms} that fits. */
  static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    if (duration.getNano() % 1_000_000 != 0 || duration.isNegative()) {
      return duration.toString();
    }
    if (duration.getNano() != 0) {
      return duration.toMillis() + "ms";
    }
    long seconds = duration.getSeconds();
    if (seconds % 86_400 == 0) {
      return seconds / 86_400 + "d";
    }
    if (seconds % 3_600 == 0) {
      return seconds / 3_600 + "h";
    }
    if (seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }

  private static Duration parseIso(String text) {
    Duration duration;
    try {
      duration = Duration.parse(text.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException notIso) {
      throw new InvalidValueException(
          "is not a duration; write e.g. 30s, 5m, 1h30m, 250ms or PT30S");
    }
    if (duration.isNegative()) {
      throw new InvalidValueException("must not be negative; write a duration such as 30s");
    }
    return duration;
  }
}
