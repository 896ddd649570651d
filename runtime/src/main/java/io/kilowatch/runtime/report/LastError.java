package io.kilowatch.runtime.report;

import io.kilowatch.core.freshness.LoadError;
import java.time.ZoneId;

/** A view's last load error on the wire. */
public record LastError(String message, String at, int consecutiveFailures) {

  public static LastError of(LoadError error, ZoneId zone) {
    return new LastError(
        error.message(), Timestamps.format(error.at(), zone), error.consecutiveFailures());
  }
}
