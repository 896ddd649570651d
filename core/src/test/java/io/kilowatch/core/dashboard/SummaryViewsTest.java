package io.kilowatch.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.energy.DailySnapshot;
import io.kilowatch.core.energy.DecisionCounts;
import io.kilowatch.core.energy.MonthComparison;
import io.kilowatch.core.energy.MonthlySummary;
import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.testing.Decisions;
import io.kilowatch.core.testing.EnergyReadings;
import io.kilowatch.core.testing.InMemoryDecisionHistory;
import io.kilowatch.core.testing.InMemoryEnergyHistory;
import io.kilowatch.core.testing.InMemorySnapshotStore;
import io.kilowatch.core.testing.ManualViewRuntime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SummaryViewsTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  private final ManualViewRuntime runtime = ManualViewRuntime.create(); // 2026-11-23 12:00 UTC
  private final Dashboard dashboard =
      new Dashboard(runtime.scheduler(), new InMemorySnapshotStore());
  private final InMemoryDecisionHistory decisions = new InMemoryDecisionHistory();
  private final InMemoryEnergyHistory energy = new InMemoryEnergyHistory();
  private SummaryViews views;

  @BeforeEach
  void createTheViews() {
    views =
        new SummaryViews(
            dashboard, decisions, energy, runtime.clock(), WARSAW, SummaryViewSettings.DEFAULTS);
    dashboard.start();
  }

  @AfterEach
  void closeTheDashboard() {
    dashboard.close();
  }

  @Test
  void currentMonth_includesToday() {
    Instant now = runtime.clock().instant();
    decisions.record(Decisions.aCharge(now.minus(Duration.ofHours(1))));

    MonthlySummary november = views.currentMonth().value().orElseThrow();

    assertThat(november.month()).isEqualTo(NOVEMBER);
    assertThat(november.days())
        .extracting(DailySnapshot::date)
        .containsExactly(LocalDate.of(2026, 11, 23));
    assertThat(november.totals().energyChargedKwh()).isEqualByComparingTo("2.5");
  }

  @Test
  void currentMonth_refreshesOnSchedule() {
    Instant now = runtime.clock().instant();
    decisions.record(Decisions.aCharge(now.minus(Duration.ofHours(1))));
    views.currentMonth();

    decisions.record(Decisions.aCharge(now.plusSeconds(60)));
    runtime.advance(Duration.ofMinutes(5));

    Snapshot<MonthlySummary> november = views.currentMonth();
    assertThat(november.value().orElseThrow().totals().counts())
        .isEqualTo(new DecisionCounts(2, 0, 0));
    assertThat(november.version()).isEqualTo(2);
  }

  @Test
  void pastMonth_isLoadedOnceAndNeverReloadedOrStale() {
    decisions.record(Decisions.aCharge(Instant.parse("2026-10-15T10:00:00Z")));
    Snapshot<MonthlySummary> october = views.month(OCTOBER);
    int queries = energy.queries();

    decisions.record(Decisions.aCharge(Instant.parse("2026-10-16T10:00:00Z")));
    runtime.advance(Duration.ofDays(40));

    assertThat(energy.queries()).isEqualTo(queries);
    assertThat(views.month(OCTOBER)).isEqualTo(october);
    assertThat(views.month(OCTOBER).freshness(runtime.clock())).isEqualTo(Freshness.FRESH);
    assertThat(october.value().orElseThrow().totals().counts().charging()).isEqualTo(1);
  }

  @Test
  void monthThatJustEnded_refreshesUntilItSettles() {
    // 2026-12-01 00:30 in Warsaw: November ended 30 minutes ago, within the settle time.
    runtime.clock().set(Instant.parse("2026-11-30T23:30:00Z"));
    views.month(NOVEMBER);
    int queries = energy.queries();

    runtime.advance(Duration.ofMinutes(5));

    assertThat(energy.queries()).isGreaterThan(queries);
  }

  @Test
  void comparedWithPreviousMonth_comparesTheCurrentMonthWithTheLastOne() {
    decisions.record(Decisions.aCharge(Instant.parse("2026-10-15T10:00:00Z")));
    decisions.record(Decisions.aCharge(Instant.parse("2026-11-15T10:00:00Z")));
    decisions.record(Decisions.aCharge(Instant.parse("2026-11-16T10:00:00Z")));

    Snapshot<MonthComparison> comparison = views.comparedWithPreviousMonth();

    MonthComparison value = comparison.value().orElseThrow();
    assertThat(value.current().month()).isEqualTo(NOVEMBER);
    assertThat(value.other().month()).isEqualTo(OCTOBER);
    assertThat(value.energyDifferenceKwh()).isEqualByComparingTo("2.5");
    assertThat(comparison.version()).isEqualTo(2);
    assertThat(comparison.fetchedAt()).contains(runtime.clock().instant());
  }

  @Test
  void comparedWith_isAsOldAsTheOlderMonth() {
    views.month(OCTOBER);
    runtime.advance(Duration.ofMinutes(3));

    Snapshot<MonthComparison> comparison = views.comparedWith(OCTOBER);

    assertThat(comparison.ageAt(runtime.clock().instant())).contains(Duration.ofMinutes(3));
  }

  @Test
  void month_whenTheHistoryFails_isMissingWithTheError_andSoIsTheComparison() {
    decisions.setFailing(true);

    Snapshot<MonthlySummary> november = views.currentMonth();
    Snapshot<MonthComparison> comparison = views.comparedWithPreviousMonth();

    assertThat(november.isPresent()).isFalse();
    assertThat(november.lastError().orElseThrow().message()).contains("set to fail");
    assertThat(comparison.isPresent()).isFalse();
    assertThat(comparison.lastError().orElseThrow().message()).contains("set to fail");
  }

  @Test
  void month_withEnergyReadings_countsItsGridImport() {
    Instant now = runtime.clock().instant();
    decisions.record(Decisions.aWait(now.minus(Duration.ofHours(2))));
    energy.record(
        EnergyReadings.aReading(now.minus(Duration.ofHours(2))).gridImport(100.0, "T1").build());
    energy.record(
        EnergyReadings.aReading(now.minus(Duration.ofHours(1))).gridImport(101.5, "T1").build());

    assertThat(views.currentMonth().value().orElseThrow().totals().gridImport())
        .hasValueSatisfying(kwh -> assertThat(kwh).isEqualByComparingTo("1.5"));
  }

  @Test
  void months_areViewsOfTheMonthlySummaryFamily() {
    views.month(OCTOBER);

    assertThat(dashboard.cacheReport().views())
        .extracting(ViewReport::view)
        .containsExactly("monthly-summary/2026-10");
  }
}
