package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A DERIVED hourly price: the arithmetic mean of the native periods of one local hour. Since
 * 2025-10-01 the market has no official hourly price; this is only a coarser view of the day (what
 * the coordinator's dashboard shows), never a price to settle on.
 *
 * @param start the hour's first instant
 * @param end the first instant after the hour
 * @param label the local hour, {@code HH:00}; the repeated hour of the autumn daylight-saving day
 *     is labelled as the PSE does, {@code 02a:00} for its second pass
 * @param market the mean market price, PLN/MWh
 * @param total the mean final price, PLN/kWh
 * @param periods how many native periods were averaged (4 for quarters, 1 for hourly data)
 */
public record HourlyAverage(
    Instant start, Instant end, String label, PlnPerMwh market, PlnPerKwh total, int periods) {

  public HourlyAverage {
    requireNonNull(start, "'start' must not be null");
    requireNonNull(end, "'end' must not be null");
    requireNonNull(label, "'label' must not be null");
    requireNonNull(market, "'market' must not be null");
    requireNonNull(total, "'total' must not be null");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "'end' must be after 'start' (" + start + "), but was " + end);
    }
    if (periods < 1) {
      throw new IllegalArgumentException("'periods' must be at least 1, but was " + periods);
    }
  }
}
