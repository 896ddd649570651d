package io.kilowatch.core.energy;

/**
 * Whole local hours {@code [from, to)} of a day, e.g. {@code 7-13} is 07:00 up to 13:00.
 *
 * @param from first hour, 0 to 23
 * @param to hour after the last, {@code from + 1} to 24
 */
public record HourRange(int from, int to) {

  public HourRange {
    if (from < 0 || from > 23) {
      throw new IllegalArgumentException("'from' must be 0 to 23, but was " + from);
    }
    if (to <= from || to > 24) {
      throw new IllegalArgumentException(
          "'to' must be " + (from + 1) + " to 24 (after 'from' " + from + "), but was " + to);
    }
  }

  /** Whether {@code hour} (0 to 23) lies in {@code [from, to)}. */
  public boolean contains(int hour) {
    return from <= hour && hour < to;
  }

  /** {@code 7-13}. */
  @Override
  public String toString() {
    return from + "-" + to;
  }
}
