package io.kilowatch.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code decisions --since}: the window of the decisions Kilowatch keeps in memory ({@code 24h} or
 * {@code 7d}) and, for anything shorter, the instant from which rows are kept.
 *
 * @param timeRange {@code 24h} or {@code 7d}: the view read
 * @param from the first instant shown, or empty for the whole window
 */
record Since(String timeRange, Optional<Instant> from) {

  /** The longest look back: the decisions of the last 7 days are kept in memory. */
  static final Duration LONGEST = Duration.ofDays(7);

  /**
   * Reads {@code 24h}, {@code 7d}, a duration up to 7 days ({@code 6h}, {@code 3d}, {@code PT90M}),
   * or an ISO date-time ({@code 2026-11-20T06:00}, with or without offset; local times in {@code
   * zone}) or date within the last 7 days.
   *
   * @throws CliException exit 64 naming {@code --since}
   */
  static Since parse(String text, Instant now, ZoneId zone) {
    String value = text.strip();
    if (value.equals("24h") || value.equals("7d")) {
      return new Since(value, Optional.empty());
    }
    Instant from = instant(value, now, zone);
    if (from.isAfter(now)) {
      throw bad(text, "is in the future");
    }
    if (from.isBefore(now.minus(LONGEST))) {
      throw bad(text, "is more than 7 days ago (Kilowatch keeps the last 7 days of decisions)");
    }
    String range = from.isBefore(now.minus(Duration.ofHours(24))) ? "7d" : "24h";
    return new Since(range, Optional.of(from));
  }

  private static Instant instant(String value, Instant now, ZoneId zone) {
    try {
      return now.minus(new Durations().convert(value));
    } catch (picocli.CommandLine.TypeConversionException notADuration) {
      // a time, then
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      // local, then
    }
    try {
      return LocalDateTime.parse(value).atZone(zone).toInstant();
    } catch (DateTimeParseException notLocal) {
      // a date, then
    }
    try {
      return LocalDate.parse(value).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw bad(value, "is not 24h, 7d, a duration such as 6h or a time such as 2026-11-20T06:00");
    }
  }

  private static CliException bad(String text, String problem) {
    return new CliException(ExitCodes.USAGE, "--since '" + text + "' " + problem);
  }
}
