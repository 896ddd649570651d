package io.kilowatch.coordinator;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The coordinator's timestamps: Python {@code isoformat()} of the host's naive local time ({@code
 * 2025-11-18T14:07:31.482915}, fraction omitted when zero), sometimes with a space separator, and
 * rarely with a zone suffix ({@code Z}, {@code +01:00}). Naive ones are placed in the
 * installation's zone (in a repeated daylight-saving hour, the earlier instant).
 */
final class CoordinatorTime {

  private static final Pattern OFFSET = Pattern.compile(".*(Z|[+-]\\d{2}:?\\d{2})$");

  private static final DateTimeFormatter LOCAL =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .toFormatter();

  private CoordinatorTime() {}

  /** The instant {@code text} stands for, or empty if it is not a timestamp. */
  static Optional<Instant> parse(String text, ZoneId zone) {
    requireNonNull(zone, "'zone' must not be null");
    String trimmed = text.strip();
    try {
      if (OFFSET.matcher(trimmed).matches()) {
        return Optional.of(OffsetDateTime.parse(trimmed.replace(' ', 'T')).toInstant());
      }
      return Optional.of(LocalDateTime.parse(trimmed, LOCAL).atZone(zone).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
