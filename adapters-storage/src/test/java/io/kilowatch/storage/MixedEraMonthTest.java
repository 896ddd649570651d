package io.kilowatch.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.dashboard.Dashboard;
import io.kilowatch.core.dashboard.SummaryViewSettings;
import io.kilowatch.core.dashboard.SummaryViews;
import io.kilowatch.core.energy.DailySnapshot;
import io.kilowatch.core.energy.DecisionCounts;
import io.kilowatch.core.energy.MonthlySummary;
import io.kilowatch.core.energy.SummaryTotals;
import io.kilowatch.core.testing.EnergyReadings;
import io.kilowatch.core.testing.InMemorySnapshotStore;
import io.kilowatch.core.testing.ManualViewRuntime;
import io.kilowatch.storage.internal.CoordinatorSchema;
import io.kilowatch.storage.internal.CoordinatorWriter;
import io.kilowatch.storage.internal.PythonJson;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 2: January 2026 in a coordinator database that went through the eras — W before
 * 2026-01-06 and kW after, rows without figures, {@code decision_type} NULL, a hybrid action, live
 * and imported selling rows, an {@code "Unknown"} state of charge, a space-separated timestamp,
 * energy rows before and after schema version 4 — read through the SQLite adapters into {@link
 * SummaryViews} on 2026-01-20 at noon (so today is in the month). Every expected figure was
 * computed by hand from the rows below; the comments show the sums.
 */
class MixedEraMonthTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  private static final YearMonth JANUARY = YearMonth.of(2026, 1);

  @TempDir Path directory;

  private final ManualViewRuntime runtime = ManualViewRuntime.create();
  private final Dashboard dashboard =
      new Dashboard(runtime.scheduler(), new InMemorySnapshotStore());
  private MonthlySummary january;

  @BeforeEach
  void readTheMonth() throws Exception {
    Path file = directory.resolve("goodwe_energy.db");
    CoordinatorSchema.create(file, 3);
    try (CoordinatorWriter writer = CoordinatorWriter.open(file, WARSAW)) {
      writeDecisions(writer);
      // Energy rows of schema version 3: no counters, no zone.
      for (String time : new String[] {"2026-01-03T02:00:00", "2026-01-03T02:05:00.105533"}) {
        writer.reading(EnergyReadings.aReading(local(time)).build());
      }
    }
    CoordinatorSchema.upgrade(file, 3, 4);
    try (CoordinatorWriter writer = CoordinatorWriter.open(file, WARSAW)) {
      counter(writer, "2026-01-10T00:00:00", 1000.0, "T2");
      counter(writer, "2026-01-10T00:05:00", 1000.4, "T2"); // +0.4 T2
      counter(writer, "2026-01-10T07:00:00", 1003.0, "T1"); // +2.6 T1
      counter(writer, "2026-01-10T13:00:00", 1005.5, "T2"); // +2.5 T2
      counter(writer, "2026-01-10T23:55:00", 1010.0, "T2"); // +4.5 T2
      counter(writer, "2026-01-20T00:00:00", 1100.0, "T2");
      counter(writer, "2026-01-20T06:00:00", 1104.0, "T2"); // +4.0 T2
    }
    runtime.clock().set(local("2026-01-20T12:00:00"));
    SummaryViews views =
        new SummaryViews(
            dashboard,
            JdbiDecisionHistory.readOnly(file, WARSAW, Duration.ofSeconds(5)),
            JdbiEnergyHistory.readOnly(file, WARSAW, Duration.ofSeconds(5)),
            runtime.clock(),
            WARSAW,
            SummaryViewSettings.DEFAULTS);
    dashboard.start();
    january = views.currentMonth().value().orElseThrow();
  }

  @AfterEach
  void closeTheDashboard() {
    dashboard.close();
  }

  private static void writeDecisions(CoordinatorWriter writer) throws Exception {
    // December's last microsecond: not January.
    writer.decisionRow(
        "2025-12-31T23:59:59.999999",
        "charging",
        "charge",
        "late",
        json("confidence", 0.99, "energy_kwh", 9.9, "estimated_cost_pln", 9.9));
    // January 1st, exactly midnight (no fraction written).
    writer.decisionRow(
        "2026-01-01T00:00:00", "charging", "wait", "midnight", json("confidence", 1.0));
    // January 3rd, W era, no tariff zone.
    writer.decisionRow(
        "2026-01-03T02:15:04.318722",
        "charging",
        "charge",
        "Cheap night window",
        json(
            "confidence",
            0.8,
            "current_price",
            0.4765,
            "cheapest_price",
            0.4512,
            "cheapest_hour",
            3,
            "battery_soc",
            41,
            "pv_power",
            0.0,
            "energy_kwh",
            2.5,
            "estimated_cost_pln",
            1.19125,
            "estimated_savings_pln",
            0.86725));
    writer.decisionRow(
        "2026-01-03T02:30:00",
        "charging",
        "charge",
        "Cheapest hour",
        json(
            "confidence",
            0.7,
            "current_price",
            0.4512,
            "battery_soc",
            53,
            "pv_power",
            0,
            "energy_kwh",
            2.5,
            "estimated_cost_pln",
            1.128,
            "estimated_savings_pln",
            0.9305));
    writer.decisionRow(
        "2026-01-03T12:00:00.500000",
        "charging",
        "wait",
        "Price above threshold",
        json(
            "confidence",
            0.9,
            "current_price",
            0.9321,
            "battery_soc",
            "Unknown",
            "pv_power",
            2184));
    writer.decisionRow(
        "2026-01-03T18:30:07.902113",
        null,
        "battery_selling",
        null,
        json(
            "confidence",
            0.85,
            "current_price_pln",
            0.72,
            "battery_soc",
            92,
            "pv_power",
            0,
            "expected_revenue_pln",
            2.1888));
    // January 4th: an imported row without figures, an untyped charge, a space-separated
    // timestamp, an imported selling row.
    writer.decisionRow(
        "2026-01-04T01:00:00",
        "charging",
        "charge",
        "imported",
        json("confidence", 0.6, "battery_soc", 35));
    writer.decisionRow(
        "2026-01-04T01:15:00",
        null,
        "charge",
        "untyped",
        json(
            "confidence",
            0.75,
            "current_price",
            0.5,
            "energy_kwh",
            1.2,
            "estimated_cost_pln",
            0.6,
            "estimated_savings_pln",
            0.1));
    writer.decisionRow(
        "2026-01-04 09:00:00", "charging", "wait", "spaced", json("confidence", 0.4));
    writer.decisionRow("2026-01-04T20:00:00", "battery_selling", "battery_selling", null, "{}");
    // January 10th, kW era with tariff zones, and a hybrid-logic action.
    writer.decisionRow(
        "2026-01-10T01:00:00",
        "charging",
        "charge",
        "night",
        json(
            "confidence",
            0.8,
            "current_price",
            0.4,
            "cheapest_price",
            0.38,
            "cheapest_hour",
            2,
            "battery_soc",
            30,
            "pv_power",
            0.0,
            "energy_kwh",
            2.5,
            "estimated_cost_pln",
            1.0,
            "estimated_savings_pln",
            0.75,
            "tariff_zone",
            "T2"));
    writer.decisionRow(
        "2026-01-10T08:00:00",
        "charging",
        "charge",
        "morning",
        json(
            "confidence",
            0.9,
            "current_price",
            0.85,
            "battery_soc",
            60,
            "pv_power",
            3.2,
            "energy_kwh",
            0.8,
            "estimated_cost_pln",
            0.68,
            "estimated_savings_pln",
            0.0,
            "tariff_zone",
            "T1"));
    writer.decisionRow(
        "2026-01-10T12:15:00",
        "charging",
        "wait",
        "noon",
        json(
            "confidence",
            0.95,
            "current_price",
            0.9,
            "battery_soc",
            75,
            "pv_power",
            4.5,
            "energy_kwh",
            0,
            "estimated_cost_pln",
            0,
            "estimated_savings_pln",
            0,
            "tariff_zone",
            "T1"));
    writer.decisionRow(
        "2026-01-10T13:00:00",
        "charging",
        "start_hybrid_charging",
        "hybrid",
        json(
            "confidence",
            0.5,
            "current_price",
            0.3,
            "energy_kwh",
            1.0,
            "estimated_cost_pln",
            0.3,
            "estimated_savings_pln",
            0.2,
            "tariff_zone",
            "T2"));
    // January 20th, today.
    writer.decisionRow(
        "2026-01-20T00:15:00",
        "charging",
        "charge",
        "today",
        json(
            "confidence",
            0.8,
            "current_price",
            0.45,
            "battery_soc",
            50,
            "pv_power",
            0.0,
            "energy_kwh",
            2.0,
            "estimated_cost_pln",
            0.9,
            "estimated_savings_pln",
            0.5,
            "tariff_zone",
            "T2"));
  }

  @Test
  void month_hasItsDaysWithData_todayIncluded() {
    assertThat(january.month()).isEqualTo(JANUARY);
    assertThat(january.days())
        .extracting(DailySnapshot::date)
        .containsExactly(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 3),
            LocalDate.of(2026, 1, 4),
            LocalDate.of(2026, 1, 10),
            LocalDate.of(2026, 1, 20));
  }

  @Test
  void dailySnapshot_ofTheWattEra_withSelling() {
    SummaryTotals day = day(3);

    assertThat(day.counts()).isEqualTo(new DecisionCounts(2, 1, 1));
    assertThat(day.energyChargedKwh()).isEqualByComparingTo("5.0");
    assertThat(day.energyChargedUnknownZoneKwh()).isEqualByComparingTo("5.0");
    assertThat(day.costPln()).isEqualByComparingTo("2.31925"); // 1.19125 + 1.128
    assertThat(day.chargingSavingsPln()).isEqualByComparingTo("1.79775"); // 0.86725 + 0.9305
    assertThat(day.sellingRevenuePln()).isEqualByComparingTo("2.1888");
    assertThat(day.totalSavingsPln()).isEqualByComparingTo("3.98655");
    assertThat(day.energySoldKwh()).isEqualByComparingTo("0"); // the database drops it
    assertThat(day.averageConfidence()).contains(new BigDecimal("0.8125")); // 3.25 / 4
    assertThat(day.averageCostPerKwh()).contains(new BigDecimal("0.4638")); // 0.46385, half-even
    assertThat(day.savingsPercent()).contains(new BigDecimal("43.7")); // 1.79775 / 4.117
    assertThat(day.prices().orElseThrow())
        .isEqualTo(
            new SummaryTotals.Prices(
                new BigDecimal("0.4512"), new BigDecimal("0.4765"), new BigDecimal("0.9277"), 2));
    assertThat(day.gridImport()).isEmpty(); // schema version 3: no counters
    assertThat(day.chargingSources()).isEqualTo(Map.of(SummaryTotals.UNKNOWN_SOURCE, 2));
  }

  @Test
  void dailySnapshot_withMissingFiguresAndOddRows() {
    SummaryTotals day = day(4);

    assertThat(day.counts()).isEqualTo(new DecisionCounts(2, 1, 1));
    assertThat(day.chargingWithoutEnergy()).isEqualTo(1);
    assertThat(day.energyChargedKwh()).isEqualByComparingTo("1.2");
    assertThat(day.costPln()).isEqualByComparingTo("0.6");
    assertThat(day.averageConfidence()).contains(new BigDecimal("0.5833")); // 1.75 / 3
  }

  @Test
  void dailySnapshot_ofTheKilowattEra_withZonesAndMeterImport() {
    SummaryTotals day = day(10);

    assertThat(day.counts()).isEqualTo(new DecisionCounts(3, 1, 0)); // hybrid counts as charging
    assertThat(day.energyChargedKwh()).isEqualByComparingTo("4.3");
    assertThat(day.energyChargedT1Kwh()).isEqualByComparingTo("0.8");
    assertThat(day.energyChargedT2Kwh()).isEqualByComparingTo("3.5");
    assertThat(day.costPln()).isEqualByComparingTo("1.98");
    assertThat(day.chargingSavingsPln()).isEqualByComparingTo("0.95");
    assertThat(day.averageConfidence()).contains(new BigDecimal("0.7875")); // 3.15 / 4
    assertThat(day.averageCostPerKwh()).contains(new BigDecimal("0.4605")); // 1.98 / 4.3
    assertThat(day.savingsPercent()).contains(new BigDecimal("32.4")); // 0.95 / 2.93
    assertThat(day.prices().orElseThrow().average()).isEqualByComparingTo("0.5167"); // 1.55 / 3
    assertThat(day.gridImport())
        .hasValueSatisfying(kwh -> assertThat(kwh).isEqualByComparingTo("10.0"));
    assertThat(day.gridImportT1Kwh()).isEqualByComparingTo("2.6");
    assertThat(day.gridImportT2Kwh()).isEqualByComparingTo("7.4");
  }

  @Test
  void monthlySummary_isTheExactSumOfItsDays() {
    SummaryTotals month = january.totals();

    assertThat(january.daysWithData()).isEqualTo(5);
    assertThat(month.counts()).isEqualTo(new DecisionCounts(8, 4, 2));
    assertThat(month.energyChargedKwh()).isEqualByComparingTo("12.5"); // 5.0 + 1.2 + 4.3 + 2.0
    assertThat(month.energyChargedT1Kwh()).isEqualByComparingTo("0.8");
    assertThat(month.energyChargedT2Kwh()).isEqualByComparingTo("5.5");
    assertThat(month.energyChargedUnknownZoneKwh()).isEqualByComparingTo("6.2");
    assertThat(month.costPln()).isEqualByComparingTo("5.79925");
    assertThat(month.chargingSavingsPln()).isEqualByComparingTo("3.34775");
    assertThat(month.sellingRevenuePln()).isEqualByComparingTo("2.1888");
    assertThat(month.totalSavingsPln()).isEqualByComparingTo("5.53655");
    assertThat(month.chargingWithoutEnergy()).isEqualTo(1);
    assertThat(month.averageConfidence()).contains(new BigDecimal("0.7654")); // 9.95 / 13
    assertThat(month.averageCostPerKwh()).contains(new BigDecimal("0.4639")); // 5.79925 / 12.5
    assertThat(month.savingsPercent()).contains(new BigDecimal("36.6")); // 3.34775 / 9.147
    assertThat(month.prices().orElseThrow())
        .isEqualTo(
            new SummaryTotals.Prices(
                new BigDecimal("0.3"), new BigDecimal("0.85"), new BigDecimal("3.4277"), 7));
    assertThat(month.prices().orElseThrow().average()).isEqualByComparingTo("0.4897");
    assertThat(month.gridImport())
        .hasValueSatisfying(kwh -> assertThat(kwh).isEqualByComparingTo("14.0"));
    assertThat(month.gridImportT1Kwh()).isEqualByComparingTo("2.6");
    assertThat(month.gridImportT2Kwh()).isEqualByComparingTo("11.4");
    assertThat(month.chargingSources()).isEqualTo(Map.of(SummaryTotals.UNKNOWN_SOURCE, 8));
  }

  private SummaryTotals day(int dayOfMonth) {
    return january.days().stream()
        .filter(day -> day.date().getDayOfMonth() == dayOfMonth)
        .findFirst()
        .orElseThrow()
        .totals();
  }

  private static void counter(CoordinatorWriter writer, String time, double kwh, String zone)
      throws Exception {
    writer.reading(EnergyReadings.aReading(local(time)).gridImport(kwh, zone).build());
  }

  private static Instant local(String time) {
    return LocalDateTime.parse(time).atZone(WARSAW).toInstant();
  }

  private static String json(@Nullable Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
    }
    return PythonJson.write(map);
  }
}
