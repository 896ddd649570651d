package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How one view refreshes and ages, in Caffeine's vocabulary.
 *
 * @param interval time between background loads; positive
 * @param refreshAfter age at which a value turns STALE (still served, refresh due); positive
 * @param expireAfter age at which a value turns EXPIRED (still served, flagged loudly); at least
 *     {@code refreshAfter}
 */
public record RefreshSettings(Duration interval, Duration refreshAfter, Duration expireAfter) {

  public RefreshSettings {
    requirePositive(interval, "interval");
    requirePositive(refreshAfter, "refreshAfter");
    requirePositive(expireAfter, "expireAfter");
    if (expireAfter.compareTo(refreshAfter) < 0) {
      throw new IllegalArgumentException(
          "'expireAfter' ("
              + expireAfter
              + ") must not be shorter than 'refreshAfter' ("
              + refreshAfter
              + ")");
    }
  }

  private static void requirePositive(Duration duration, String name) {
    requireNonNull(duration, "'" + name + "' must not be null");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("'" + name + "' must be positive, but was " + duration);
    }
  }
}
