package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * One delivery period of a day-ahead market: the half-open interval {@code [start, end)} and its
 * market price. Built from the PSE's UTC fields ({@code dtime_utc} is the period's END); never from
 * the local labels, which are ambiguous on daylight-saving days.
 *
 * @param start first instant of the period
 * @param end first instant after the period; after {@code start}
 * @param price the market price, PLN/MWh; may be negative
 */
public record PricePeriod(Instant start, Instant end, PlnPerMwh price) {

  public PricePeriod {
    requireNonNull(start, "'start' must not be null");
    requireNonNull(end, "'end' must not be null");
    requireNonNull(price, "'price' must not be null");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "'end' must be after 'start' (" + start + "), but was " + end);
    }
  }

  /** The period's length (15 minutes or an hour in practice). */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /** Whether {@code instant} lies in {@code [start, end)}. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /** {@code [2024-06-30T22:00:00Z, 2024-06-30T22:15:00Z) 527.82 PLN/MWh}. */
  @Override
  public String toString() {
    return "[" + start + ", " + end + ") " + price;
  }
}
