package io.kilowatch.core.energy;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.testing.PriceDays;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PriceSummaryTest {

  private static final LocalDate DAY = LocalDate.of(2025, 10, 7); // a Tuesday
  private static final ConsumerPricing G11 = ConsumerPricing.defaults(Tariff.G11);

  @Test
  void current_andNext_followTheInstant() {
    PriceDay day = PriceDays.withPrices(DAY, PriceDays.QUARTER, BigDecimal::valueOf);
    Instant at = local(DAY, 12, 20);

    PriceSummary summary = PriceSummary.of(day, G11, at, Duration.ofHours(2));

    assertThat(summary.current().orElseThrow().period().start()).isEqualTo(local(DAY, 12, 15));
    assertThat(summary.current().orElseThrow().period().price()).isEqualTo(PlnPerMwh.of("49"));
    assertThat(summary.next().orElseThrow().period().start()).isEqualTo(local(DAY, 12, 30));
  }

  @Test
  void current_beforeTheDay_isEmpty_andNextIsTheFirstPeriod() {
    PriceDay day = PriceDays.flat(DAY, PriceDays.QUARTER, "300");

    PriceSummary summary =
        PriceSummary.of(day, G11, day.start().minusSeconds(1), Duration.ofHours(1));

    assertThat(summary.current()).isEmpty();
    assertThat(summary.next().orElseThrow().period()).isEqualTo(day.periods().get(0));
  }

  @Test
  void current_atTheLastPeriod_hasNoNext_andAfterTheDayNeither() {
    PriceDay day = PriceDays.flat(DAY, PriceDays.QUARTER, "300");

    PriceSummary last = PriceSummary.of(day, G11, day.end().minusSeconds(1), Duration.ofHours(1));
    PriceSummary after = PriceSummary.of(day, G11, day.end(), Duration.ofHours(1));

    assertThat(last.current().orElseThrow().period()).isEqualTo(day.periods().get(95));
    assertThat(last.next()).isEmpty();
    assertThat(after.current()).isEmpty();
    assertThat(after.next()).isEmpty();
  }

  @Test
  void current_at0220OnTheAutumnDay_isFoundInBothPasses() {
    PriceDay day =
        PriceDays.withPrices(PriceDays.FALL_BACK_2025, PriceDays.QUARTER, BigDecimal::valueOf);
    ZonedDateTime firstPass =
        ZonedDateTime.ofLocal(PriceDays.FALL_BACK_2025.atTime(2, 20), PriceDays.WARSAW, null);
    ZonedDateTime secondPass = firstPass.withLaterOffsetAtOverlap();

    PriceSummary first = PriceSummary.of(day, G11, firstPass.toInstant(), Duration.ofHours(1));
    PriceSummary second = PriceSummary.of(day, G11, secondPass.toInstant(), Duration.ofHours(1));

    assertThat(first.current().orElseThrow().period().start())
        .isEqualTo(Instant.parse("2025-10-26T00:15:00Z"));
    assertThat(second.current().orElseThrow().period().start())
        .isEqualTo(Instant.parse("2025-10-26T01:15:00Z"));
    assertThat(first.next().orElseThrow().period().start())
        .isEqualTo(Instant.parse("2025-10-26T00:30:00Z"));
  }

  @Test
  void minMaxAndAverage_areOfFinalPrices_earliestOfEquals() {
    String[] prices = new String[96];
    for (int i = 0; i < 96; i++) {
      prices[i] = "100";
    }
    prices[10] = "-50";
    prices[20] = "-50";
    prices[30] = "900";
    prices[40] = "900";
    PriceDay day = PriceDays.of(DAY, PriceDays.QUARTER, prices);

    PriceSummary summary = PriceSummary.of(day, G11, day.start(), Duration.ofHours(1));

    assertThat(summary.cheapest().period()).isEqualTo(day.periods().get(10));
    assertThat(summary.cheapest().total()).isEqualTo(PlnPerKwh.of("0.3517"));
    assertThat(summary.mostExpensive().period()).isEqualTo(day.periods().get(30));
    assertThat(summary.mostExpensive().total()).isEqualTo(PlnPerKwh.of("1.3017"));
    // finals: 92 x 0.5017 + 2 x 0.3517 + 2 x 1.3017 = 49.4632 over 96 periods
    assertThat(summary.average()).isEqualTo(PlnPerKwh.of("49.4632").dividedBy(96));
    assertThat(summary.average().rounded(6)).isEqualByComparingTo("0.515242");
  }

  @Test
  void average_isTakenOverFinalPricesAcrossTariffZones() {
    PriceDay day = PriceDays.flat(DAY, PriceDays.HOUR, "0");

    PriceSummary summary =
        PriceSummary.of(
            day, ConsumerPricing.defaults(Tariff.G12), day.start(), Duration.ofHours(1));

    // 13 peak hours at 0.3566 and 11 off-peak at 0.0749, plus SC 0.0892
    BigDecimal expected =
        new BigDecimal("0.3566")
            .multiply(BigDecimal.valueOf(13))
            .add(new BigDecimal("0.0749").multiply(BigDecimal.valueOf(11)))
            .divide(BigDecimal.valueOf(24), MathContext.DECIMAL64)
            .add(new BigDecimal("0.0892"));
    assertThat(summary.average().value()).isEqualByComparingTo(expected);
  }

  @Test
  void cheapestWindow_ofTheSummary_usesTheChosenLength() {
    PriceDay day =
        PriceDays.withPrices(
            DAY, PriceDays.QUARTER, index -> BigDecimal.valueOf(Math.abs(index - 60)));

    PriceSummary summary = PriceSummary.of(day, G11, day.start(), Duration.ofMinutes(45));

    PriceWindow window = summary.cheapestWindow().orElseThrow();
    assertThat(summary.window()).isEqualTo(Duration.ofMinutes(45));
    assertThat(window.start()).isEqualTo(day.periods().get(59).start());
    assertThat(window.periods()).hasSize(3);
    // finals 0.4027, 0.4017, 0.4027
    assertThat(window.average()).isEqualTo(PlnPerKwh.of("1.2071").dividedBy(3));
    assertThat(window.average().rounded(4)).isEqualByComparingTo("0.4024");
  }

  @Test
  void hourlyAverages_ofAQuarterDay_are24LabelledMeans() {
    PriceDay day = PriceDays.withPrices(DAY, PriceDays.QUARTER, BigDecimal::valueOf);

    List<HourlyAverage> hours =
        PriceSummary.of(day, G11, day.start(), Duration.ofHours(1)).hourlyAverages();

    assertThat(hours).hasSize(24);
    assertThat(hours.get(0).label()).isEqualTo("00:00");
    assertThat(hours.get(23).label()).isEqualTo("23:00");
    assertThat(hours.get(1).periods()).isEqualTo(4);
    // quarters 4..7 of the day cost 4, 5, 6, 7 PLN/MWh
    assertThat(hours.get(1).market()).isEqualTo(PlnPerMwh.of("5.5"));
    assertThat(hours.get(1).total()).isEqualTo(PlnPerKwh.of("0.4072"));
    assertThat(hours.get(1).start()).isEqualTo(local(DAY, 1, 0));
    assertThat(hours.get(1).end()).isEqualTo(local(DAY, 2, 0));
  }

  @Test
  void hourlyAverages_ofTheAutumnDay_labelTheRepeatedHourAsThePseDoes() {
    PriceDay day = PriceDays.flat(PriceDays.FALL_BACK_2025, PriceDays.QUARTER, "100");

    List<HourlyAverage> hours =
        PriceSummary.of(day, G11, day.start(), Duration.ofHours(1)).hourlyAverages();

    assertThat(hours).hasSize(25);
    assertThat(hours)
        .extracting(HourlyAverage::label)
        .startsWith("00:00", "01:00", "02:00", "02a:00", "03:00");
    assertThat(hours.get(2).start()).isEqualTo(Instant.parse("2025-10-26T00:00:00Z"));
    assertThat(hours.get(3).start()).isEqualTo(Instant.parse("2025-10-26T01:00:00Z"));
  }

  @Test
  void hourlyAverages_ofTheSpringDay_skipTheMissingHour() {
    PriceDay day = PriceDays.flat(PriceDays.SPRING_FORWARD_2025, PriceDays.QUARTER, "100");

    List<HourlyAverage> hours =
        PriceSummary.of(day, G11, day.start(), Duration.ofHours(1)).hourlyAverages();

    assertThat(hours).hasSize(23);
    assertThat(hours).extracting(HourlyAverage::label).startsWith("00:00", "01:00", "03:00");
  }

  @Test
  void hourlyAverages_ofAnHourlyDay_areItsPeriods() {
    PriceDay day = PriceDays.random(DAY, PriceDays.HOUR, new Random(2));

    PriceSummary summary = PriceSummary.of(day, G11, day.start(), Duration.ofHours(1));

    assertThat(summary.hourlyAverages()).hasSize(24);
    for (int i = 0; i < 24; i++) {
      assertThat(summary.hourlyAverages().get(i).market()).isEqualTo(day.periods().get(i).price());
      assertThat(summary.hourlyAverages().get(i).periods()).isEqualTo(1);
    }
  }

  private static Instant local(LocalDate date, int hour, int minute) {
    return LocalDateTime.of(date, LocalTime.of(hour, minute)).atZone(PriceDays.WARSAW).toInstant();
  }
}
