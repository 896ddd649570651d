package io.kilowatch.http;

import io.kilowatch.runtime.KilowatchRuntime;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How the API writes time: instants as ISO-8601 with the local offset ({@code
 * 2026-11-23T13:00:00.123+01:00}, milliseconds), durations as seconds with millisecond precision.
 */
@Singleton
final class ApiTime {

  private final KilowatchRuntime runtime;
  private final ZoneId zone;

  ApiTime(KilowatchRuntime runtime) {
    this.runtime = runtime;
    this.zone = runtime.zone();
  }

  Instant now() {
    return runtime.clock().instant();
  }

  String format(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        instant.truncatedTo(ChronoUnit.MILLIS).atZone(zone));
  }

  static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
