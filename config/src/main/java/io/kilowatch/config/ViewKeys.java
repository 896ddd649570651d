package io.kilowatch.config;

import java.time.Duration;
import java.util.List;

/**
 * The three keys of one view: {@code views.<name>.interval}, {@code .refresh-after} and {@code
 * .expire-after}.
 */
record ViewKeys(Key<Duration> interval, Key<Duration> refreshAfter, Key<Duration> expireAfter) {

  private static final Duration MIN_AGE = Duration.ofSeconds(1);

  /**
   * @param name the view's name in key paths, e.g. {@code inverter}
   * @param what what the view holds, for the docs
   * @param interval default interval
   * @param min smallest interval; smaller values are clamped
   * @param max largest interval; larger values are clamped
   * @param refreshAfter default refresh-after
   * @param expireAfter default expire-after
   */
  static ViewKeys of(
      String name,
      String what,
      Duration interval,
      Duration min,
      Duration max,
      Duration refreshAfter,
      Duration expireAfter) {
    String prefix = "views." + name + ".";
    return new ViewKeys(
        new Key<>(
            prefix + "interval",
            ValueTypes.duration(min, max),
            interval,
            "time between background loads of " + what),
        new Key<>(
            prefix + "refresh-after",
            ValueTypes.duration(MIN_AGE, Duration.ofDays(1)),
            refreshAfter,
            "age at which " + what + " turn STALE (served, flagged, refresh due)"),
        new Key<>(
            prefix + "expire-after",
            ValueTypes.duration(MIN_AGE, Duration.ofDays(7)),
            expireAfter,
            "age at which " + what + " turn EXPIRED (served, flagged loudly)"));
  }

  List<Key<?>> all() {
    return List.of(interval, refreshAfter, expireAfter);
  }
}
