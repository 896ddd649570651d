package io.kilowatch.runtime.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How Kilowatch writes time on the wire: instants as ISO-8601 with the local offset, to the
 * millisecond ({@code 2026-11-23T13:00:00.123+01:00}); durations as seconds with millisecond
 * precision.
 */
public final class Timestamps {

  private Timestamps() {}

  public static String format(Instant instant, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        instant.truncatedTo(ChronoUnit.MILLIS).atZone(zone));
  }

  public static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
