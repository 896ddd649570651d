package io.kilowatch.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.testing.PriceDays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked examples of the prices reference (section 6) to 4 decimals, the coordinator's unit
 * tests, one example per tariff, and where Kilowatch deliberately differs from the coordinator
 * (acceptance 2).
 */
class ConsumerPricingTest {

  /** Section 6, evaluated at the period START (the "correct" column). */
  @Nested
  class WorkedExamples {

    @Test
    void example1_g12NormalPeakQuarter() {
      // dtime "2024-07-01 10:15" = dtime_utc "2024-07-01 08:15:00", period "10:00 - 10:15"
      PricePeriod row = rowEndingAtUtc("2024-07-01T08:15:00Z", "548.96");

      assertPrice(price(Tariff.G12, row), "0.99476", TariffZone.PEAK);
    }

    @Test
    void example2_g12ZoneBorders_judgedAtThePeriodStart() {
      // period "12:45 - 13:00": start 12:45 is peak (the coordinator, at 13:00, says off-peak)
      PricePeriod beforeOne = rowEndingAtUtc("2024-07-01T11:00:00Z", "505.83");
      // period "06:45 - 07:00": start 06:45 is off-peak (the coordinator, at 07:00, says peak)
      PricePeriod beforeSeven = rowEndingAtUtc("2024-07-01T05:00:00Z", "618.05");

      assertPrice(price(Tariff.G12, beforeOne), "0.95163", TariffZone.PEAK);
      assertPrice(price(Tariff.G12, beforeSeven), "0.78215", TariffZone.OFF_PEAK);
    }

    @Test
    void example3_g13sWinter() {
      assertPrice(
          at(Tariff.G13S, "600.00", 2025, 12, 16, 18, 0), "1.0292", TariffZone.WINTER_DAY_PEAK);
      assertPrice(
          at(Tariff.G13S, "600.00", 2025, 12, 16, 12, 0), "0.8892", TariffZone.WINTER_DAY_OFF_PEAK);
      assertPrice(at(Tariff.G13S, "600.00", 2025, 12, 25, 18, 0), "0.7992", TariffZone.FREE_DAYS);
    }

    @Test
    void example3_g13sChristmasEve2025_isAFreeDay_unlikeTheCoordinator() {
      // The coordinator prices 2025-12-24 as a working day (1.0292); it is a holiday from 2025.
      assertPrice(at(Tariff.G13S, "600.00", 2025, 12, 24, 18, 0), "0.7992", TariffZone.FREE_DAYS);
      assertPrice(
          at(Tariff.G13S, "600.00", 2024, 12, 24, 18, 0), "1.0292", TariffZone.WINTER_DAY_PEAK);
    }

    @Test
    void example4_g14dynamic() {
      PricePeriod period = quarterAt(2025, 6, 17, 19, 0, "700.00");
      ConsumerPricing pricing = ConsumerPricing.defaults(Tariff.G14DYNAMIC);

      assertPrice(
          pricing.price(period, PriceDays.WARSAW, KompasStatus.REQUIRED_REDUCTION),
          "3.6823",
          TariffZone.REQUIRED_REDUCTION);
      assertPrice(pricing.price(period, PriceDays.WARSAW), "0.8470", TariffZone.FALLBACK);
    }

    @Test
    void example5_g12wNegativeMarketPrice_onAWorkingDay() {
      assertPrice(at(Tariff.G12W, "-250.00", 2025, 6, 16, 13, 15), "0.1958", TariffZone.PEAK);
      assertPrice(at(Tariff.G12W, "-250.00", 2025, 6, 16, 23, 15), "-0.0859", TariffZone.OFF_PEAK);
    }

    @Test
    void example5_g12wOnSunday_isOffPeakAllDay_unlikeTheCoordinator() {
      // The coordinator has no weekend rule for G12w and prices Sunday 13:15 as peak (0.1958).
      assertPrice(at(Tariff.G12W, "-250.00", 2025, 6, 15, 13, 15), "-0.0859", TariffZone.OFF_PEAK);
    }

    @Test
    void example6_g11AndG12asQuickChecks() {
      assertPrice(at(Tariff.G11, "412.50", 2025, 6, 16, 10, 0), "0.8142", TariffZone.ALL_HOURS);
      assertPrice(at(Tariff.G12AS, "300.00", 2025, 6, 16, 14, 0), "0.4204", TariffZone.OFF_PEAK);
    }
  }

  /** The coordinator's own unit tests (its PLN/MWh results divided by 1000). */
  @ParameterizedTest(name = "{0} {1} at {2} PLN/MWh -> {3} PLN/kWh")
  @CsvSource({
    "G12W, 2025-06-16T23:30, 250, 0.4141",
    "G12W, 2025-06-16T08:00, 300, 0.7458",
    "G12W, 2025-06-16T23:00, 1, 0.1651",
    "G12W, 2025-06-16T23:00, -100, 0.0641",
    "G12W, 2025-06-16T23:00, 10000, 10.1641",
    "G13S, 2025-07-15T23:00, 200, 0.3992",
    "G13S, 2025-06-15T12:00, 400, 0.5992",
    "G11, 2025-06-16T12:00, 500, 0.9017"
  })
  void coordinatorUnitTests_reproduce(
      Tariff tariff, LocalDateTime localStart, String market, String expected) {
    ConsumerPrice price = ConsumerPricing.defaults(tariff).price(PlnPerMwh.of(market), localStart);

    assertThat(price.total().rounded(4)).isEqualByComparingTo(expected);
  }

  @Test
  void coordinatorUnitTest_g14dynamicNormalUsage() {
    ConsumerPrice price =
        ConsumerPricing.defaults(Tariff.G14DYNAMIC)
            .price(
                PlnPerMwh.of("500"),
                LocalDateTime.of(2025, 6, 16, 12, 0),
                KompasStatus.NORMAL_USAGE);

    assertThat(price.total().rounded(4)).isEqualByComparingTo("0.6470");
  }

  /** One example per tariff at one instant, showing the zone each picks. */
  @ParameterizedTest(name = "{0} on {1} -> {3} ({4})")
  @CsvSource({
    "G11, 2025-11-05T07:30, 500, 0.9017, ALL_HOURS",
    "G12, 2025-11-05T07:30, 500, 0.9458, PEAK",
    "G12, 2025-11-05T13:30, 500, 0.6641, OFF_PEAK",
    "G12, 2025-11-08T07:30, 500, 0.9458, PEAK",
    "G12AS, 2025-11-05T07:30, 500, 0.9017, PEAK",
    "G12AS, 2025-11-05T13:30, 500, 0.6204, OFF_PEAK",
    "G12W, 2025-11-05T07:30, 500, 0.9458, PEAK",
    "G12W, 2025-11-08T07:30, 500, 0.6641, OFF_PEAK",
    "G12W, 2025-11-11T07:30, 500, 0.6641, OFF_PEAK",
    "G13, 2025-11-05T07:30, 500, 0.5892, MORNING_PEAK",
    "G13S, 2025-11-05T07:30, 500, 0.9292, WINTER_DAY_PEAK",
    "G13S, 2025-07-02T07:30, 500, 0.8792, SUMMER_DAY_PEAK",
    "G14DYNAMIC, 2025-11-05T07:30, 500, 0.6470, FALLBACK"
  })
  void oneExamplePerTariff(
      Tariff tariff, LocalDateTime localStart, String market, String expected, TariffZone zone) {
    ConsumerPrice price = ConsumerPricing.defaults(tariff).price(PlnPerMwh.of(market), localStart);

    assertThat(price.total().rounded(4)).isEqualByComparingTo(expected);
    assertThat(price.zone()).isEqualTo(zone);
  }

  @ParameterizedTest(name = "G13 on {0} -> {2} ({1})")
  @CsvSource({
    "2025-11-05T07:00, MORNING_PEAK, 0.9392",
    "2025-11-05T12:45, MORNING_PEAK, 0.9392",
    "2025-11-05T13:00, OFF_PEAK, 0.6892",
    "2025-11-05T16:00, AFTERNOON_PEAK, 1.0892",
    "2025-11-05T20:45, AFTERNOON_PEAK, 1.0892",
    "2025-11-05T21:00, OFF_PEAK, 0.6892",
    "2025-07-02T16:00, OFF_PEAK, 0.6892",
    "2025-07-02T19:00, AFTERNOON_PEAK, 1.0892",
    "2025-07-02T21:45, AFTERNOON_PEAK, 1.0892",
    "2025-11-08T08:00, OFF_PEAK, 0.6892",
    "2025-11-01T08:00, OFF_PEAK, 0.6892"
  })
  void g13WithConfiguredRates_pricesItsThreeZones(
      LocalDateTime localStart, TariffZone zone, String expected) {
    RateTable rates =
        RateTable.of(
            TariffPlan.DEFAULT_VALID_FROM,
            Map.of(
                TariffZone.MORNING_PEAK, PlnPerKwh.of("0.35"),
                TariffZone.AFTERNOON_PEAK, PlnPerKwh.of("0.50"),
                TariffZone.OFF_PEAK, PlnPerKwh.of("0.10")));
    ConsumerPricing pricing = ConsumerPricing.net(TariffPlan.of(Tariff.G13, rates));

    ConsumerPrice price = pricing.price(PlnPerMwh.of("500"), localStart);

    assertThat(price.zone()).isEqualTo(zone);
    assertThat(price.total().rounded(4)).isEqualByComparingTo(expected);
  }

  @Test
  void vat_isOffByDefault_andMultipliesTheWholePriceWhenOn() {
    ConsumerPricing net = ConsumerPricing.defaults(Tariff.G11);
    ConsumerPricing gross = net.withVat(ConsumerPricing.STANDARD_VAT_RATE);
    LocalDateTime at = LocalDateTime.of(2025, 6, 16, 10, 0);

    ConsumerPrice netPrice = net.price(PlnPerMwh.of("412.50"), at);
    ConsumerPrice grossPrice = gross.price(PlnPerMwh.of("412.50"), at);

    assertThat(net.includeVat()).isFalse();
    assertThat(netPrice.vatRate()).isEqualByComparingTo("0");
    assertThat(netPrice.total()).isEqualTo(PlnPerKwh.of("0.8142"));
    assertThat(grossPrice.vatRate()).isEqualByComparingTo("0.23");
    assertThat(grossPrice.total()).isEqualTo(PlnPerKwh.of("1.001466"));
    assertThat(grossPrice.total().rounded(4)).isEqualByComparingTo("1.0015");
  }

  @Test
  void rateTables_pricePastDaysWithTheRatesThenInForce() {
    TariffPlan plan =
        new TariffPlan(
            Tariff.G11,
            List.of(
                RateTable.allHours(LocalDate.of(2024, 1, 1), PlnPerKwh.of("0.3125")),
                RateTable.allHours(LocalDate.of(2025, 1, 1), PlnPerKwh.of("0.3500"))));
    ConsumerPricing pricing = ConsumerPricing.net(plan);
    // the last quarter of 2024 starts 23:45 local on 31 December
    PricePeriod lastOf2024 = quarterAt(2024, 12, 31, 23, 45, "400");
    PricePeriod firstOf2025 = quarterAt(2025, 1, 1, 0, 0, "400");

    assertThat(pricing.price(lastOf2024, PriceDays.WARSAW).distribution())
        .isEqualTo(PlnPerKwh.of("0.3125"));
    assertThat(pricing.price(firstOf2025, PriceDays.WARSAW).distribution())
        .isEqualTo(PlnPerKwh.of("0.35"));
    assertThatThrownBy(() -> pricing.price(quarterAt(2023, 12, 31, 12, 0, "400"), PriceDays.WARSAW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no G11 rate table is valid on 2023-12-31; the first is valid from 2024-01-01");
  }

  @Test
  void negativeFinalPrices_areKept() {
    ConsumerPrice price =
        ConsumerPricing.defaults(Tariff.G12)
            .price(PlnPerMwh.of("-500"), LocalDateTime.of(2025, 6, 16, 13, 0));

    assertThat(price.total()).isEqualTo(PlnPerKwh.of("-0.3359"));
    assertThat(price.market()).isEqualTo(PlnPerKwh.of("-0.5"));
  }

  private static ConsumerPrice price(Tariff tariff, PricePeriod period) {
    return ConsumerPricing.defaults(tariff).price(period, PriceDays.WARSAW);
  }

  private static ConsumerPrice at(
      Tariff tariff, String market, int year, int month, int day, int hour, int minute) {
    return price(tariff, quarterAt(year, month, day, hour, minute, market));
  }

  /** A quarter starting at local time, built like the PSE rows: from its UTC end. */
  private static PricePeriod quarterAt(
      int year, int month, int day, int hour, int minute, String market) {
    Instant start =
        LocalDateTime.of(year, month, day, hour, minute).atZone(PriceDays.WARSAW).toInstant();
    return new PricePeriod(start, start.plus(Duration.ofMinutes(15)), PlnPerMwh.of(market));
  }

  /** A PSE row: {@code dtime_utc} is the END of a 15-minute period. */
  private static PricePeriod rowEndingAtUtc(String dtimeUtc, String market) {
    Instant end = Instant.parse(dtimeUtc);
    return new PricePeriod(end.minus(Duration.ofMinutes(15)), end, PlnPerMwh.of(market));
  }

  private static void assertPrice(ConsumerPrice price, String expected, TariffZone zone) {
    // to 4 decimals, as the reference shows them; and exactly, since the sums are exact
    assertThat(price.total().rounded(4))
        .isEqualByComparingTo(new BigDecimal(expected).setScale(4, RoundingMode.HALF_UP));
    assertThat(price.total().value()).isEqualByComparingTo(expected);
    assertThat(price.zone()).isEqualTo(zone);
    assertThat(price.scComponent()).isEqualTo(PlnPerKwh.of("0.0892"));
  }
}
