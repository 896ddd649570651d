package io.kilowatch.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TariffPlanTest {

  private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

  @ParameterizedTest
  @EnumSource(Tariff.class)
  void defaults_ofEveryTariff_coverAllItsZones(Tariff tariff) {
    TariffPlan plan = TariffPlan.defaults(tariff);

    for (TariffZone zone : tariff.zones()) {
      assertThat(plan.tableOn(FROM).covers(zone)).as("%s %s", tariff, zone).isTrue();
    }
  }

  @Test
  void defaults_keepTheCoordinatorsRates() {
    assertThat(TariffPlan.defaults(Tariff.G12).tableOn(FROM).rate(TariffZone.PEAK))
        .isEqualTo(PlnPerKwh.of("0.3566"));
    assertThat(TariffPlan.defaults(Tariff.G12).tableOn(FROM).peakHours())
        .containsExactly(new HourRange(7, 13), new HourRange(15, 22));
    assertThat(TariffPlan.defaults(Tariff.G12W).tableOn(FROM).offPeakOnFreeDays()).isTrue();
    assertThat(TariffPlan.defaults(Tariff.G12).tableOn(FROM).offPeakOnFreeDays()).isFalse();
    assertThat(TariffPlan.defaults(Tariff.G13).tableOn(FROM).rate(TariffZone.MORNING_PEAK))
        .isEqualTo(PlnPerKwh.ZERO);
    assertThat(TariffPlan.defaults(Tariff.G14DYNAMIC).tableOn(FROM).rate(TariffZone.FALLBACK))
        .isEqualTo(PlnPerKwh.of("0.0578"));
  }

  @Test
  void constructor_withAMissingZone_namesIt_insteadOfPricingItAtZero() {
    RateTable onlyPeak =
        new RateTable(
            FROM,
            Map.of(TariffZone.PEAK, PlnPerKwh.of("0.3")),
            List.of(new HourRange(7, 22)),
            false);

    assertThatThrownBy(() -> TariffPlan.of(Tariff.G12, onlyPeak))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no rate for OFF_PEAK");
  }

  @Test
  void constructor_withAZoneOfAnotherTariff_isRejected() {
    RateTable table =
        RateTable.of(
            FROM,
            Map.of(
                TariffZone.ALL_HOURS, PlnPerKwh.of("0.3"), TariffZone.PEAK, PlnPerKwh.of("0.4")));

    assertThatThrownBy(() -> TariffPlan.of(Tariff.G11, table))
        .hasMessageContaining("names zones G11 does not use: [PEAK]");
  }

  @Test
  void constructor_ofATimeBasedTariffWithoutPeakHours_isRejected() {
    RateTable table =
        RateTable.of(
            FROM,
            Map.of(TariffZone.PEAK, PlnPerKwh.of("0.4"), TariffZone.OFF_PEAK, PlnPerKwh.of("0.1")));

    assertThatThrownBy(() -> TariffPlan.of(Tariff.G12W, table))
        .hasMessageContaining("has no peak hours");
  }

  @Test
  void constructor_withTablesOutOfOrder_isRejected() {
    List<RateTable> tables =
        List.of(
            RateTable.allHours(LocalDate.of(2025, 1, 1), PlnPerKwh.of("0.3")),
            RateTable.allHours(LocalDate.of(2024, 1, 1), PlnPerKwh.of("0.2")));

    assertThatThrownBy(() -> new TariffPlan(Tariff.G11, tables))
        .hasMessageContaining(
            "strictly ascending order of validFrom, but 2024-01-01 follows 2025-01-01");
  }

  @Test
  void rateTable_withANegativeRate_isRejected() {
    assertThatThrownBy(() -> RateTable.allHours(FROM, PlnPerKwh.of("-0.1")))
        .hasMessage("'rates' must not be negative, but ALL_HOURS was -0.1 PLN/kWh");
  }

  @Test
  void rateTable_withOverlappingPeakHours_isRejected() {
    assertThatThrownBy(
            () ->
                new RateTable(
                    FROM,
                    Map.of(
                        TariffZone.PEAK,
                        PlnPerKwh.of("0.4"),
                        TariffZone.OFF_PEAK,
                        PlnPerKwh.of("0.1")),
                    List.of(new HourRange(7, 13), new HourRange(12, 22)),
                    false))
        .hasMessageContaining("must be sorted and must not overlap");
  }

  @Test
  void rate_ofAZoneNotNamed_fallsBackToAllHours() {
    RateTable table = RateTable.allHours(FROM, PlnPerKwh.of("0.25"));

    assertThat(table.rate(TariffZone.AFTERNOON_PEAK)).isEqualTo(PlnPerKwh.of("0.25"));
  }

  @Test
  void tariff_fromName_ignoresCase() {
    assertThat(Tariff.fromName("g12as")).contains(Tariff.G12AS);
    assertThat(Tariff.fromName(" G14dynamic ")).contains(Tariff.G14DYNAMIC);
    assertThat(Tariff.fromName("G99")).isEmpty();
    assertThat(Tariff.G12AS).hasToString("G12as");
  }

  @Test
  void kompasStatus_fromCode_mapsThePseCodes() {
    assertThat(KompasStatus.fromCode(3)).contains(KompasStatus.REQUIRED_REDUCTION);
    assertThat(KompasStatus.fromCode(7)).isEmpty();
  }
}
