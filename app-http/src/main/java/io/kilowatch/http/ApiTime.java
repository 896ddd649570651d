package io.kilowatch.http;

import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.report.Timestamps;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;

/** The API's clock and zone: now, and instants written as {@link Timestamps} says. */
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

  ZoneId zone() {
    return zone;
  }

  String format(Instant instant) {
    return Timestamps.format(instant, zone);
  }
}
