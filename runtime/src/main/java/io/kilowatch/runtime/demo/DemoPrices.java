package io.kilowatch.runtime.demo;

import io.kilowatch.core.energy.PlnPerMwh;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.energy.PricePeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Day-ahead prices with the shape of a Polish day in the 15-minute era: cheap nights, a morning
 * peak, a solar trough at midday (below zero on sunny weekends), the evening peak; with noise.
 */
final class DemoPrices {

  private static final Duration QUARTER = Duration.ofMinutes(15);

  private DemoPrices() {}

  static PriceDay day(LocalDate date, ZoneId zone, long seed) {
    Random random = new Random(seed ^ date.toEpochDay());
    boolean weekend =
        date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    Instant start = date.atStartOfDay(zone).toInstant();
    Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
    List<PricePeriod> periods = new ArrayList<>();
    for (Instant at = start; at.isBefore(end); at = at.plus(QUARTER)) {
      ZonedDateTime local = at.atZone(zone);
      double hour = local.getHour() + local.getMinute() / 60.0;
      double price = shape(hour, weekend) + random.nextGaussian() * 18;
      periods.add(
          new PricePeriod(
              at,
              at.plus(QUARTER),
              new PlnPerMwh(BigDecimal.valueOf(price).setScale(2, RoundingMode.HALF_EVEN))));
    }
    return new PriceDay(date, zone, periods);
  }

  /** PLN/MWh by hour of day. */
  private static double shape(double hour, boolean weekend) {
    double night = 330;
    double morningPeak = 210 * bump(hour, 8, 1.5);
    double solarTrough = (weekend ? 380 : 260) * bump(hour, 13, 2.2);
    double eveningPeak = 360 * bump(hour, 19.5, 1.8);
    double dayLevel = 120 * bump(hour, 13, 6);
    return night + dayLevel + morningPeak + eveningPeak - solarTrough;
  }

  private static double bump(double x, double centre, double width) {
    double z = (x - centre) / width;
    return Math.exp(-z * z);
  }
}
