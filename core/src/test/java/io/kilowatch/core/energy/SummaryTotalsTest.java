package io.kilowatch.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.testing.Decisions;
import io.kilowatch.core.testing.EnergyReadings;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SummaryTotalsTest {

  private static final Instant T = Instant.parse("2026-11-23T02:00:00Z");

  @Test
  void of_theReferencesTestedDay_givesItsFigures() {
    // test/test_daily_snapshot_manager.py: 3 charges of 5 kWh for 2.8 PLN, 1 wait.
    List<Decision> day =
        List.of(
            charge(0, 5.0, 2.8, 0.5, 0.85, 0.56, "grid", "T2"),
            charge(1, 5.0, 2.8, 0.5, 0.85, 0.56, "grid", "T2"),
            charge(2, 5.0, 2.8, 0.5, 0.85, 0.56, "grid", "T2"),
            waitWithConfidence(3, 0.9));

    SummaryTotals totals = SummaryTotals.of(day, List.of());

    assertThat(totals.counts()).isEqualTo(new DecisionCounts(3, 1, 0));
    assertThat(totals.energyChargedKwh()).isEqualByComparingTo("15.0");
    assertThat(totals.costPln()).isEqualByComparingTo("8.4");
    assertThat(totals.averageCostPerKwh()).contains(new BigDecimal("0.5600"));
    assertThat(totals.averageConfidence()).contains(new BigDecimal("0.8625"));
    assertThat(totals.chargingSources()).isEqualTo(Map.of("grid", 3));
    assertThat(totals.prices().orElseThrow().average()).isEqualByComparingTo("0.56");
  }

  @Test
  void of_sumsExactly_withoutBinaryRoundingErrors() {
    List<Decision> day =
        List.of(
            charge(0, 0.1, 0.1, 0.0, 0.8, 0.5, "grid", "T1"),
            charge(1, 0.2, 0.2, 0.0, 0.8, 0.5, "grid", "T1"));

    SummaryTotals totals = SummaryTotals.of(day, List.of());

    assertThat(totals.energyChargedKwh()).isEqualTo(new BigDecimal("0.3"));
    assertThat(totals.costPln()).isEqualTo(new BigDecimal("0.3"));
  }

  @Test
  void of_decisionsWithoutAZone_countTheirEnergyAsUnknownZone_notT1() {
    List<Decision> day =
        List.of(
            charge(0, 2.5, 1.0, 0.5, 0.8, 0.4, "grid", "T1"),
            charge(1, 2.0, 1.0, 0.5, 0.8, 0.5, "grid", "T2"),
            charge(2, 1.5, 1.0, 0.5, 0.8, 0.6, "grid", null));

    SummaryTotals totals = SummaryTotals.of(day, List.of());

    assertThat(totals.energyChargedT1Kwh()).isEqualByComparingTo("2.5");
    assertThat(totals.energyChargedT2Kwh()).isEqualByComparingTo("2.0");
    assertThat(totals.energyChargedUnknownZoneKwh()).isEqualByComparingTo("1.5");
  }

  @Test
  void of_decisionsWithoutFigures_addNothingAndAreCounted() {
    ChargingDecision oldEra = ChargingDecision.of(T, "charge");

    SummaryTotals totals =
        SummaryTotals.of(List.of(oldEra, waitWithConfidence(1, null)), List.of());

    assertThat(totals.counts()).isEqualTo(new DecisionCounts(1, 1, 0));
    assertThat(totals.chargingWithoutEnergy()).isEqualTo(1);
    assertThat(totals.energyChargedKwh()).isEqualByComparingTo("0");
    assertThat(totals.averageConfidence()).isEmpty();
    assertThat(totals.averageCostPerKwh()).isEmpty();
    assertThat(totals.savingsPercent()).isEmpty();
    assertThat(totals.prices()).isEmpty();
    assertThat(totals.chargingSources()).isEqualTo(Map.of(SummaryTotals.UNKNOWN_SOURCE, 1));
  }

  @Test
  void of_averagesConfidenceOverDecisionsThatRecordedOne() {
    SummaryTotals totals =
        SummaryTotals.of(
            List.of(waitWithConfidence(0, 0.9), waitWithConfidence(1, null)), List.of());

    assertThat(totals.averageConfidence()).contains(new BigDecimal("0.9000"));
  }

  @Test
  void of_sellingDecisions_addRevenueToTotalSavingsButNotToTheSavingsPercentage() {
    List<Decision> day =
        List.of(
            charge(0, 2.5, 1.0, 0.5, 0.8, 0.4, "grid", "T2"),
            Decisions.aSale(T.plus(Duration.ofHours(16))));

    SummaryTotals totals = SummaryTotals.of(day, List.of());

    assertThat(totals.counts()).isEqualTo(new DecisionCounts(1, 0, 1));
    assertThat(totals.energySoldKwh()).isEqualByComparingTo("4.0");
    assertThat(totals.sellingRevenuePln()).isEqualByComparingTo("2.1888");
    assertThat(totals.totalSavingsPln()).isEqualByComparingTo("2.6888");
    // 0.5 / (1.0 + 0.5) × 100 = 33.333… → 33.3 (the reference would say 2.6888 / 3.6888 → 72.9)
    assertThat(totals.savingsPercent()).contains(new BigDecimal("33.3"));
  }

  @Test
  void of_hybridActions_countAsCharging() {
    SummaryTotals totals =
        SummaryTotals.of(
            List.of(Decisions.aChargingDecision(T, "start_hybrid_charging")), List.of());

    assertThat(totals.counts()).isEqualTo(new DecisionCounts(1, 0, 0));
  }

  @Test
  void of_gridImport_sumsPositiveCounterStepsByTheLaterReadingsZone() {
    List<EnergyReading> readings =
        List.of(
            counter(0, 100.0, "T2"),
            counter(5, 100.4, "T2"),
            counter(10, null, "T1"), // no counter: skipped
            counter(15, 101.0, "T1"),
            counter(20, 0.5, "T1"), // meter replaced: counter reset, not a negative import
            counter(25, 0.75, null));

    SummaryTotals totals = SummaryTotals.of(List.of(), readings);

    assertThat(totals.gridImport()).contains(new BigDecimal("1.25"));
    assertThat(totals.gridImportT2Kwh()).isEqualByComparingTo("0.4");
    assertThat(totals.gridImportT1Kwh()).isEqualByComparingTo("0.6");
    assertThat(totals.gridImportUnknownZoneKwh()).isEqualByComparingTo("0.25");
  }

  @Test
  void of_fewerThanTwoCounterReadings_leavesTheGridImportUnknown() {
    SummaryTotals totals = SummaryTotals.of(List.of(), List.of(counter(0, 100.0, "T1")));

    assertThat(totals.gridImport()).isEmpty();
    assertThat(totals.gridImportT1Kwh()).isEqualByComparingTo("0");
  }

  @Test
  void plus_addsEveryFigureExactly() {
    SummaryTotals first =
        SummaryTotals.of(
            List.of(charge(0, 2.5, 1.19, 0.87, 0.8, 0.48, "grid", "T2")),
            List.of(counter(0, 100.0, "T2"), counter(5, 101.0, "T2")));
    SummaryTotals second =
        SummaryTotals.of(
            List.of(charge(0, 1.5, 0.6, 0.3, 0.6, 0.40, "pv", "T1"), waitWithConfidence(1, 1.0)),
            List.of());

    SummaryTotals sum = first.plus(second);

    assertThat(sum.counts()).isEqualTo(new DecisionCounts(2, 1, 0));
    assertThat(sum.energyChargedKwh()).isEqualByComparingTo("4.0");
    assertThat(sum.costPln()).isEqualByComparingTo("1.79");
    assertThat(sum.chargingSavingsPln()).isEqualByComparingTo("1.17");
    assertThat(sum.averageConfidence()).contains(new BigDecimal("0.8000"));
    assertThat(sum.chargingSources()).isEqualTo(Map.of("grid", 1, "pv", 1));
    assertThat(sum.prices().orElseThrow())
        .isEqualTo(
            new SummaryTotals.Prices(
                new BigDecimal("0.4"), new BigDecimal("0.48"), new BigDecimal("0.88"), 2));
    assertThat(sum.gridImport()).contains(new BigDecimal("1.0"));
    assertThat(SummaryTotals.NONE.plus(first)).isEqualTo(first);
  }

  @Test
  void constructor_withMoreConfidencesThanDecisions_isRejectedNamingTheArgument() {
    assertThatThrownBy(
            () ->
                new SummaryTotals(
                    DecisionCounts.NONE,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    0,
                    BigDecimal.ONE,
                    1,
                    null,
                    Map.of(),
                    null,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'confidenceCount'")
        .hasMessageContaining("1");
  }

  private static ChargingDecision charge(
      int quarter,
      double energyKwh,
      double costPln,
      double savingsPln,
      double confidence,
      double price,
      String source,
      @Nullable String zone) {
    return new ChargingDecision(
        T.plus(Duration.ofMinutes(15L * quarter)),
        "charge",
        source,
        0.5,
        energyKwh,
        costPln,
        savingsPln,
        confidence,
        "cheap",
        "medium",
        40.0,
        0.0,
        0.0,
        price,
        price,
        2,
        zone);
  }

  private static ChargingDecision waitWithConfidence(int quarter, @Nullable Double confidence) {
    return new ChargingDecision(
        T.plus(Duration.ofMinutes(15L * quarter)),
        "wait",
        "grid",
        null,
        0.0,
        0.0,
        0.0,
        confidence,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "T1");
  }

  private static EnergyReading counter(
      int minute, @Nullable Double importKwh, @Nullable String zone) {
    return EnergyReadings.aReading(T.plus(Duration.ofMinutes(minute)))
        .gridImport(importKwh, zone)
        .build();
  }
}
