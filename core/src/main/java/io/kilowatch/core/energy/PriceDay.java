package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The day-ahead prices of one delivery day (business date) in one zone: periods of one length (15
 * minutes, or an hour) that cover the local day exactly, from its first instant to the first
 * instant of the next day. So a day has 96 quarter periods, 92 on the spring daylight-saving day
 * and 100 on the autumn one (24, 23 or 25 hourly periods). A price day is always whole: there is no
 * partial price day.
 *
 * <p>Immutable. Periods are sorted by start when the day is built; the constructor rejects
 * duplicate, overlapping and missing periods with a message naming the first bad one.
 *
 * @param businessDate the delivery day, a local date in {@code zone}
 * @param zone the market's zone ({@code Europe/Warsaw} for the PSE)
 * @param periods the day's periods, in any order; at least one
 */
public record PriceDay(LocalDate businessDate, ZoneId zone, List<PricePeriod> periods) {

  /** The zone of the Polish market: business dates, tariff hours and holidays are judged here. */
  public static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  public PriceDay {
    requireNonNull(businessDate, "'businessDate' must not be null");
    requireNonNull(zone, "'zone' must not be null");
    requireNonNull(periods, "'periods' must not be null");
    List<PricePeriod> sorted = new ArrayList<>(periods.size());
    for (PricePeriod period : periods) {
      sorted.add(requireNonNull(period, "'periods' must not contain null"));
    }
    sorted.sort(Comparator.comparing(PricePeriod::start).thenComparing(PricePeriod::end));
    periods = Collections.unmodifiableList(sorted);
    requireWholeDay(businessDate, zone, periods);
  }

  /** The first instant of the day. */
  public Instant start() {
    return periods.get(0).start();
  }

  /** The first instant after the day (the next day's start). */
  public Instant end() {
    return periods.get(periods.size() - 1).end();
  }

  /** The length of the day: 24 hours, or 23 / 25 on daylight-saving days. */
  public Duration length() {
    return Duration.between(start(), end());
  }

  /** The length of every period (15 minutes or one hour in practice). */
  public Duration resolution() {
    return periods.get(0).duration();
  }

  /** Whether {@code instant} falls in this day. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start()) && instant.isBefore(end());
  }

  /** The period that contains {@code instant}, or empty if it is outside this day. */
  public Optional<PricePeriod> periodAt(Instant instant) {
    int index = indexAt(instant);
    return index < 0 ? Optional.empty() : Optional.of(periods.get(index));
  }

  /**
   * The index in {@link #periods()} of the period containing {@code instant}, or -1 if it is
   * outside this day.
   */
  public int indexAt(Instant instant) {
    requireNonNull(instant, "'instant' must not be null");
    if (!contains(instant)) {
      return -1;
    }
    long offset = Duration.between(start(), instant).toNanos();
    return (int) (offset / resolution().toNanos());
  }

  @Override
  public String toString() {
    return "PriceDay["
        + businessDate
        + " "
        + zone
        + ", "
        + periods.size()
        + " x "
        + resolution()
        + "]";
  }

  private static void requireWholeDay(
      LocalDate businessDate, ZoneId zone, List<PricePeriod> periods) {
    if (periods.isEmpty()) {
      throw new IllegalArgumentException(
          "'periods' of " + businessDate + " must not be empty: a price day is whole or absent");
    }
    Instant dayStart = businessDate.atStartOfDay(zone).toInstant();
    Instant dayEnd = businessDate.plusDays(1).atStartOfDay(zone).toInstant();
    PricePeriod first = periods.get(0);
    if (!first.start().equals(dayStart)) {
      throw new IllegalArgumentException(
          "'periods' of "
              + businessDate
              + " must start at the day's start "
              + dayStart
              + ", but the first period is "
              + first);
    }
    Duration resolution = first.duration();
    for (int i = 1; i < periods.size(); i++) {
      PricePeriod previous = periods.get(i - 1);
      PricePeriod period = periods.get(i);
      if (period.start().equals(previous.start())) {
        throw new IllegalArgumentException(
            "'periods' of " + businessDate + " hold a duplicate period " + period);
      }
      if (period.start().isBefore(previous.end())) {
        throw new IllegalArgumentException(
            "'periods' of " + businessDate + " overlap: " + previous + " and " + period);
      }
      if (period.start().isAfter(previous.end())) {
        throw new IllegalArgumentException(
            "'periods' of "
                + businessDate
                + " have a gap from "
                + previous.end()
                + " to "
                + period.start());
      }
      if (!period.duration().equals(resolution)) {
        throw new IllegalArgumentException(
            "'periods' of "
                + businessDate
                + " must all be "
                + resolution
                + " long, but "
                + period
                + " is "
                + period.duration());
      }
    }
    Instant last = periods.get(periods.size() - 1).end();
    if (!last.equals(dayEnd)) {
      throw new IllegalArgumentException(
          "'periods' of "
              + businessDate
              + " must end at the next day's start "
              + dayEnd
              + ", but end at "
              + last);
    }
  }
}
