package io.kilowatch.storage;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.TimeRange;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The coordinator's timestamps: Python {@code isoformat()} of the host's <b>naive local</b> time
 * ({@code 2025-11-18T02:15:04.318722}, the fraction left out when zero), converted with the
 * installation's zone given to the adapter.
 *
 * <p>Reading is lenient, for rows written by other tools or versions: a space instead of {@code T},
 * 0–9 fraction digits, minutes without seconds, and a zone suffix ({@code Z}, {@code +01:00}, which
 * then wins over the configured zone). A local time that occurs twice (the autumn daylight-saving
 * change) is read with the earlier offset; one that never occurs (spring) is moved forward by the
 * gap, as {@link ZonedDateTime#ofLocal} does.
 *
 * <p>Range queries compare text, as the coordinator does, over bounds widened ({@link #widened}) so
 * that rows in other formats are not lost: a space separator sorts before {@code T} (so the lower
 * bound is the start of the local date), and a zone suffix shifts the text by the difference of
 * offsets (so both bounds move by {@link #MARGIN}; a suffix further from the zone than that can
 * fall out at the edges of a range). The exact range is then applied to the parsed instants.
 * Immutable.
 */
final class CoordinatorTimestamps {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  private static final DateTimeFormatter MICROSECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

  /** How far a row's zone suffix may be from the installation's offset and still be found. */
  static final Duration MARGIN = Duration.ofHours(2);

  private final ZoneId zone;

  CoordinatorTimestamps(ZoneId zone) {
    this.zone = requireNonNull(zone, "'zone' must not be null");
  }

  ZoneId zone() {
    return zone;
  }

  /** The instant {@code text} means, or empty if it is no timestamp. */
  Optional<Instant> parse(String text) {
    LocalDateTime canonical = canonical(text);
    if (canonical != null) {
      return Optional.of(ZonedDateTime.ofLocal(canonical, zone, null).toInstant());
    }
    String normalised = text.strip();
    if (normalised.length() > 10 && normalised.charAt(10) == ' ') {
      normalised = normalised.substring(0, 10) + 'T' + normalised.substring(11);
    }
    try {
      if (hasZoneSuffix(normalised)) {
        return Optional.of(OffsetDateTime.parse(normalised).toInstant());
      }
      return Optional.of(
          ZonedDateTime.ofLocal(LocalDateTime.parse(normalised), zone, null).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code instant} as the coordinator writes it: local, 6 fraction digits or none. */
  String format(Instant instant) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.MICROS);
    return local.get(ChronoField.MICRO_OF_SECOND) == 0
        ? SECONDS.format(local)
        : MICROSECONDS.format(local);
  }

  /**
   * Text bounds {@code [from, to)} that contain every row of {@code range}, whatever its format.
   */
  Bounds widened(TimeRange range) {
    return new Bounds(
        format(range.from().minus(1, ChronoUnit.DAYS)),
        format(range.to().plus(1, ChronoUnit.DAYS)));
  }

  /**
   * The fast path for what the coordinator itself writes, {@code uuuu-MM-ddTHH:mm:ss} with no or 6
   * fraction digits (a general parser costs microseconds a row); null for anything else.
   */
  private static @Nullable LocalDateTime canonical(String text) {
    int length = text.length();
    if ((length != 19 && length != 26)
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || (length == 26 && text.charAt(19) != '.')) {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int micros = length == 26 ? digits(text, 20, 26) : 0;
    if ((year | month | day | hour | minute | second | micros) < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second, micros * 1000);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number written in {@code text[from, to)}, or -1 if any character is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean hasZoneSuffix(String text) {
    if (text.endsWith("Z") || text.endsWith("z")) {
      return true;
    }
    int timeStart = text.indexOf('T');
    return timeStart > 0 && (text.indexOf('+', timeStart) > 0 || text.indexOf('-', timeStart) > 0);
  }

  /** Text bounds for {@code timestamp >= from AND timestamp < to}. */
  record Bounds(String from, String to) {}
}
