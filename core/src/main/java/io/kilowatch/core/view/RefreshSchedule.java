package io.kilowatch.core.view;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * When a view loads: every {@code interval} after the last successful load; after a failure, again
 * after an exponential backoff (starting at {@code initialBackoff}, doubling per consecutive
 * failure, jittered, never longer than {@code interval}); each load abandoned after {@code
 * loadTimeout}.
 *
 * @param interval time between successful loads; positive
 * @param loadTimeout how long one load may take before it is abandoned and its thread interrupted;
 *     positive
 * @param initialBackoff delay before the first retry after a failure; positive, at most {@code
 *     interval}
 */
public record RefreshSchedule(Duration interval, Duration loadTimeout, Duration initialBackoff) {

  /** Load timeout used by {@link #every(Duration)}, unless the interval is shorter. */
  public static final Duration DEFAULT_LOAD_TIMEOUT = Duration.ofSeconds(30);

  /** First retry delay used by {@link #every(Duration)}, unless the interval is shorter. */
  public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);

  public RefreshSchedule {
    requirePositive(interval, "interval");
    requirePositive(loadTimeout, "loadTimeout");
    requirePositive(initialBackoff, "initialBackoff");
    if (initialBackoff.compareTo(interval) > 0) {
      throw new IllegalArgumentException(
          "'initialBackoff' ("
              + initialBackoff
              + ") must not be longer than 'interval' ("
              + interval
              + ")");
    }
  }

  /** A schedule loading every {@code interval}, with the default load timeout and backoff. */
  public static RefreshSchedule every(Duration interval) {
    requirePositive(interval, "interval");
    return new RefreshSchedule(
        interval, min(DEFAULT_LOAD_TIMEOUT, interval), min(DEFAULT_INITIAL_BACKOFF, interval));
  }

  /**
   * This schedule with its interval clamped into {@code [minimum, maximum]} (the initial backoff
   * shrinks with it if needed).
   */
  public RefreshSchedule clampedTo(Duration minimum, Duration maximum) {
    requirePositive(minimum, "minimum");
    requirePositive(maximum, "maximum");
    if (maximum.compareTo(minimum) < 0) {
      throw new IllegalArgumentException(
          "'maximum' (" + maximum + ") must not be shorter than 'minimum' (" + minimum + ")");
    }
    Duration clamped = min(max(interval, minimum), maximum);
    return new RefreshSchedule(clamped, loadTimeout, min(initialBackoff, clamped));
  }

  /** This schedule with another load timeout. */
  public RefreshSchedule withLoadTimeout(Duration timeout) {
    return new RefreshSchedule(interval, timeout, initialBackoff);
  }

  /** This schedule with another initial backoff. */
  public RefreshSchedule withInitialBackoff(Duration backoff) {
    return new RefreshSchedule(interval, loadTimeout, backoff);
  }

  /**
   * The delay before the next attempt after {@code consecutiveFailures} failed loads in a row:
   * {@code initialBackoff * 2^(failures - 1)}, capped at the interval, then scaled by a jitter
   * factor in [0.5, 1.0] ("equal jitter"), so retries of many views spread out and the delay never
   * exceeds the interval.
   *
   * @param consecutiveFailures at least 1
   * @param jitter a number in [0, 1), usually random
   */
  public Duration backoffAfter(int consecutiveFailures, double jitter) {
    if (consecutiveFailures < 1) {
      throw new IllegalArgumentException(
          "'consecutiveFailures' must be at least 1, but was " + consecutiveFailures);
    }
    if (!(jitter >= 0 && jitter < 1)) {
      throw new IllegalArgumentException("'jitter' must be in [0, 1), but was " + jitter);
    }
    Duration capped = interval;
    int doublings = consecutiveFailures - 1;
    // Beyond 62 doublings every positive duration exceeds any interval.
    if (doublings < 62) {
      Duration grown = initialBackoff;
      for (int i = 0; i < doublings && grown.compareTo(interval) < 0; i++) {
        grown = grown.multipliedBy(2);
      }
      capped = min(grown, interval);
    }
    long nanos = saturatedNanos(capped);
    return Duration.ofNanos(Math.max(1, (long) (nanos * (0.5 + jitter / 2))));
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  private static void requirePositive(Duration value, String name) {
    requireNonNull(value, () -> "'" + name + "' must not be null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("'" + name + "' must be positive, but was " + value);
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
