package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.PlnPerMwh;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.energy.PricePeriod;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Test data: whole price days in {@code Europe/Warsaw}, built period by period from the day's true
 * instants (so daylight-saving days get 92 or 100 quarters by themselves).
 *
 * <pre>{@code
 * PriceDay day = PriceDays.flat(LocalDate.of(2025, 10, 26), PriceDays.QUARTER, "412.50");
 * PriceDay random = PriceDays.random(date, PriceDays.HOUR, new Random(42));
 * }</pre>
 */
public final class PriceDays {

  /** The Polish market's zone. */
  public static final ZoneId WARSAW = PriceDay.WARSAW;

  /** 15-minute periods (the market since 2025-10-01; the PSE's row size before, too). */
  public static final Duration QUARTER = Duration.ofMinutes(15);

  /** Hourly periods. */
  public static final Duration HOUR = Duration.ofHours(1);

  /** 2025-03-30, the spring daylight-saving day: 23 hours, 92 quarters. */
  public static final LocalDate SPRING_FORWARD_2025 = LocalDate.of(2025, 3, 30);

  /** 2025-10-26, the autumn daylight-saving day: 25 hours, 100 quarters. */
  public static final LocalDate FALL_BACK_2025 = LocalDate.of(2025, 10, 26);

  /** 2024-10-27, the autumn daylight-saving day: 25 hours, 100 quarters. */
  public static final LocalDate FALL_BACK_2024 = LocalDate.of(2024, 10, 27);

  private PriceDays() {}

  /** How many periods of {@code resolution} the local day {@code date} has. */
  public static int periodsIn(LocalDate date, Duration resolution) {
    Duration length =
        Duration.between(
            date.atStartOfDay(WARSAW).toInstant(),
            date.plusDays(1).atStartOfDay(WARSAW).toInstant());
    return (int) (length.toNanos() / resolution.toNanos());
  }

  /** A day whose periods all cost {@code plnPerMwh}. */
  public static PriceDay flat(LocalDate date, Duration resolution, String plnPerMwh) {
    BigDecimal price = new BigDecimal(plnPerMwh);
    return withPrices(date, resolution, index -> price);
  }

  /** A day with the given prices (PLN/MWh), one per period in order; the count must fit the day. */
  public static PriceDay of(LocalDate date, Duration resolution, String... plnPerMwh) {
    int expected = periodsIn(date, resolution);
    if (plnPerMwh.length != expected) {
      throw new IllegalArgumentException(
          date + " has " + expected + " periods of " + resolution + ", got " + plnPerMwh.length);
    }
    return withPrices(date, resolution, index -> new BigDecimal(plnPerMwh[index]));
  }

  /** A day whose period {@code i} costs {@code price.apply(i)} PLN/MWh. */
  public static PriceDay withPrices(
      LocalDate date, Duration resolution, IntFunction<BigDecimal> price) {
    requireNonNull(date, "'date' must not be null");
    Instant start = date.atStartOfDay(WARSAW).toInstant();
    int count = periodsIn(date, resolution);
    List<PricePeriod> periods = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Instant periodStart = start.plus(resolution.multipliedBy(i));
      periods.add(
          new PricePeriod(
              periodStart, periodStart.plus(resolution), new PlnPerMwh(price.apply(i))));
    }
    return new PriceDay(date, WARSAW, periods);
  }

  /**
   * A day of random prices from -300.00 to 1199.99 PLN/MWh with two decimals; about one period in
   * eight repeats the previous price, so ties occur.
   */
  public static PriceDay random(LocalDate date, Duration resolution, Random random) {
    int count = periodsIn(date, resolution);
    BigDecimal[] prices = new BigDecimal[count];
    for (int i = 0; i < count; i++) {
      prices[i] =
          i > 0 && random.nextInt(8) == 0
              ? prices[i - 1]
              : BigDecimal.valueOf(random.nextInt(150_000) - 30_000, 2);
    }
    return withPrices(date, resolution, index -> prices[index]);
  }
}
