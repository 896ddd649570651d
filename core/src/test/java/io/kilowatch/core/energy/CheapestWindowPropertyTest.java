package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.testing.PriceDays;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property test (acceptance 4): on many random days (quarter and hourly periods, both
 * daylight-saving days, negative prices, ties, every tariff) the cheapest window of 15, 60, 120 and
 * 240 minutes is the one a brute-force search finds.
 */
class CheapestWindowPropertyTest {

  private static final long SEED = 20_251_026L;
  private static final int DAYS = 600;
  private static final List<Duration> WINDOWS =
      List.of(
          Duration.ofMinutes(15),
          Duration.ofMinutes(60),
          Duration.ofMinutes(120),
          Duration.ofMinutes(240));
  private static final List<Tariff> TARIFFS = List.of(Tariff.values());
  private static final List<LocalDate> DAYLIGHT_SAVING_DAYS =
      List.of(
          PriceDays.SPRING_FORWARD_2025,
          PriceDays.FALL_BACK_2025,
          PriceDays.FALL_BACK_2024,
          LocalDate.of(2026, 3, 29),
          LocalDate.of(2026, 10, 25));

  @Test
  void cheapestWindow_onRandomDays_matchesBruteForce() {
    Random random = new Random(SEED);
    int windowsChecked = 0;
    for (int i = 0; i < DAYS; i++) {
      LocalDate date =
          random.nextInt(4) == 0
              ? DAYLIGHT_SAVING_DAYS.get(random.nextInt(DAYLIGHT_SAVING_DAYS.size()))
              : LocalDate.of(2024, 6, 14).plusDays(random.nextInt(2000));
      Duration resolution = random.nextBoolean() ? PriceDays.QUARTER : PriceDays.HOUR;
      Tariff tariff = TARIFFS.get(random.nextInt(TARIFFS.size()));
      PriceDay day = PriceDays.random(date, resolution, random);
      PriceSummary summary =
          PriceSummary.of(day, ConsumerPricing.defaults(tariff), day.start(), resolution);

      for (Duration window : WINDOWS) {
        String context = date + " " + resolution + " " + tariff + " window " + window;
        if (window.compareTo(resolution) < 0) {
          assertThatThrownBy(() -> summary.cheapestWindow(window))
              .as(context)
              .isInstanceOf(IllegalArgumentException.class);
          continue;
        }
        PriceWindow expected = bruteForce(summary.periods(), (int) window.dividedBy(resolution));
        Optional<PriceWindow> found = summary.cheapestWindow(window);

        assertThat(found).as(context).isPresent();
        assertThat(found.get().start()).as(context).isEqualTo(expected.start());
        assertThat(found.get().end()).as(context).isEqualTo(expected.end());
        assertThat(found.get().duration()).as(context).isEqualTo(window);
        assertThat(found.get().average()).as(context).isEqualTo(expected.average());
        windowsChecked++;
      }
    }
    assertThat(windowsChecked).isGreaterThan(DAYS * 3);
  }

  @Test
  void cheapestWindow_ofTheWholeDayOrLonger_isTheDayOrEmpty() {
    PriceDay day =
        PriceDays.random(PriceDays.SPRING_FORWARD_2025, PriceDays.QUARTER, new Random(3));
    PriceSummary summary =
        PriceSummary.of(
            day, ConsumerPricing.defaults(Tariff.G12), day.start(), Duration.ofHours(1));

    assertThat(summary.cheapestWindow(Duration.ofHours(23)).orElseThrow().periods()).hasSize(92);
    assertThat(summary.cheapestWindow(Duration.ofHours(24))).isEmpty();
  }

  @Test
  void cheapestWindow_ofALengthThatIsNoMultipleOfTheResolution_isRejected() {
    PriceDay day = PriceDays.random(LocalDate.of(2025, 10, 5), PriceDays.QUARTER, new Random(4));
    PriceSummary summary =
        PriceSummary.of(
            day, ConsumerPricing.defaults(Tariff.G11), day.start(), Duration.ofHours(1));

    assertThatThrownBy(() -> summary.cheapestWindow(Duration.ofMinutes(20)))
        .hasMessage(
            "'window' must be a positive multiple of the day's resolution PT15M, but was PT20M");
    assertThatThrownBy(() -> summary.cheapestWindow(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Every start, every sum; the lowest wins, the earliest of equals. */
  private static PriceWindow bruteForce(List<PricedPeriod> periods, int size) {
    BigDecimal best = null;
    int bestStart = 0;
    for (int start = 0; start + size <= periods.size(); start++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = start; i < start + size; i++) {
        sum = sum.add(periods.get(i).total().value());
      }
      if (best == null || sum.compareTo(best) < 0) {
        best = sum;
        bestStart = start;
      }
    }
    return new PriceWindow(
        periods.subList(bestStart, bestStart + size),
        new PlnPerKwh(requireNonNull(best)).dividedBy(size));
  }
}
