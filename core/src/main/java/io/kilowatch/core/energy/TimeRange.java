package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A half-open span of time, {@code [from, to)}: it contains {@code from} and ends just before
 * {@code to}. Consecutive ranges therefore never count an instant twice.
 *
 * @param from the first instant in the range
 * @param to the first instant after the range; not before {@code from} (equal means empty)
 */
public record TimeRange(Instant from, Instant to) {

  public TimeRange {
    requireNonNull(from, "'from' must not be null");
    requireNonNull(to, "'to' must not be null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "'to' (" + to + ") must not be before 'from' (" + from + ")");
    }
  }

  /** The range of {@code length} that ends (exclusively) at {@code end}. */
  public static TimeRange endingAt(Instant end, Duration length) {
    requireNonNull(end, "'end' must not be null");
    requireNonNull(length, "'length' must not be null");
    if (length.isNegative()) {
      throw new IllegalArgumentException("'length' must not be negative, but was " + length);
    }
    return new TimeRange(end.minus(length), end);
  }

  /** Whether {@code instant} lies in {@code [from, to)}. */
  public boolean contains(Instant instant) {
    requireNonNull(instant, "'instant' must not be null");
    return !instant.isBefore(from) && instant.isBefore(to);
  }

  /** The range's length. */
  public Duration length() {
    return Duration.between(from, to);
  }

  /** Whether the range contains no instant at all. */
  public boolean isEmpty() {
    return from.equals(to);
  }
}
