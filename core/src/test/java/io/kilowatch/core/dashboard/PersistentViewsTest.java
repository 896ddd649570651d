package io.kilowatch.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.energy.CurrentState;
import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.EnergyReading;
import io.kilowatch.core.energy.MonthlySummary;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.testing.Decisions;
import io.kilowatch.core.testing.EnergyReadings;
import io.kilowatch.core.testing.FakeCoordinatorProbe;
import io.kilowatch.core.testing.FakeInverterStateSource;
import io.kilowatch.core.testing.FakePriceSource;
import io.kilowatch.core.testing.InMemoryDecisionHistory;
import io.kilowatch.core.testing.InMemoryEnergyHistory;
import io.kilowatch.core.testing.InMemoryLogSource;
import io.kilowatch.core.testing.InMemoryPriceArchive;
import io.kilowatch.core.testing.InMemorySnapshotCodecs;
import io.kilowatch.core.testing.InMemorySnapshotStore;
import io.kilowatch.core.testing.InverterStates;
import io.kilowatch.core.testing.ManualViewRuntime;
import io.kilowatch.core.testing.MutableClock;
import io.kilowatch.core.testing.PriceDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Which of the feature classes' views are persistent, and what a restart serves: prices, current
 * state, monthly summaries, recent decisions and history are kept; the process check, the log list
 * and the log tails are not.
 */
class PersistentViewsTest {

  private static final ZoneId WARSAW = PriceDays.WARSAW;
  private static final Instant NOW = MutableClock.DEFAULT_START;
  private static final LocalDate TODAY = LocalDate.ofInstant(NOW, WARSAW);

  private final InMemorySnapshotStore store = new InMemorySnapshotStore();
  private final InMemorySnapshotCodecs codecs = new InMemorySnapshotCodecs();

  @Test
  void aDashboardOfEveryFeature_keepsPricesStateSummariesDecisionsAndHistoryOnly() {
    try (Installation installation = new Installation(new Persistence(store, codecs))) {
      installation.sources();
      installation.loadEverything();
    }

    assertThat(
            List.of(
                PriceViews.TODAY,
                PriceViews.TOMORROW,
                CoordinatorViews.CURRENT_STATE,
                "monthly-summary/2026-11",
                "recent-decisions/24h",
                "recent-decisions/7d",
                "historical-data-24h",
                "historical-data-7d"))
        .allSatisfy(view -> assertThat(store.load(view)).as(view).isPresent());
    assertThat(List.of(CoordinatorViews.COORDINATOR, CoordinatorViews.LOG_FILES, "logs/master.log"))
        .allSatisfy(view -> assertThat(store.load(view)).as(view).isEmpty());
  }

  @Test
  void afterARestart_everyPersistentViewServesItsLastValueAsWarmStartBeforeAnyLoad() {
    Snapshots before;
    try (Installation first = new Installation(new Persistence(store, codecs))) {
      first.sources();
      first.loadEverything();
      before = first.snapshots();
    }

    try (Installation second = new Installation(new Persistence(store, codecs))) {
      second.runtime.clock().advance(Duration.ofMinutes(3));
      // Not started, and every source would fail: whatever is served comes from the store.
      second.failEverySource();
      Snapshots after = second.snapshots();

      assertThat(after.values()).isEqualTo(before.values());
      assertThat(after.all())
          .allSatisfy(
              snapshot -> {
                assertThat(snapshot.source()).contains(SnapshotSource.WARM_START);
                assertThat(snapshot.lastError()).isEmpty();
              });
      assertThat(after.currentState().fetchedAt()).isEqualTo(before.currentState().fetchedAt());
      assertThat(second.energy.queries()).isZero();
    }
  }

  @Test
  void withoutCodecs_theSameViewsKeepNothing() {
    try (Installation installation =
        new Installation(new Persistence(store, SnapshotCodecs.NONE))) {
      installation.sources();
      installation.loadEverything();
    }

    assertThat(store.saves()).isZero();
  }

  /** The values of every persistent view, read through the feature classes. */
  private record Snapshots(
      Snapshot<PriceDay> today,
      Snapshot<PriceDay> tomorrow,
      Snapshot<CurrentState> currentState,
      Snapshot<MonthlySummary> month,
      Snapshot<List<Decision>> day,
      Snapshot<List<Decision>> week,
      Snapshot<List<EnergyReading>> dayReadings,
      Snapshot<List<EnergyReading>> weekReadings) {

    List<Snapshot<?>> all() {
      return List.of(today, tomorrow, currentState, month, day, week, dayReadings, weekReadings);
    }

    List<Object> values() {
      return all().stream().map(snapshot -> (Object) snapshot.value().orElseThrow()).toList();
    }
  }

  /** Every feature class on fakes, on one dashboard with manual time. */
  private static final class Installation implements AutoCloseable {

    final ManualViewRuntime runtime = ManualViewRuntime.create();
    final FakePriceSource pse = new FakePriceSource();
    final InMemoryPriceArchive archive = new InMemoryPriceArchive();
    final FakeInverterStateSource inverter = new FakeInverterStateSource();
    final FakeCoordinatorProbe probe = new FakeCoordinatorProbe();
    final InMemoryLogSource logs = new InMemoryLogSource();
    final InMemoryDecisionHistory decisions = new InMemoryDecisionHistory();
    final InMemoryEnergyHistory energy = new InMemoryEnergyHistory();
    final Dashboard dashboard;
    final PriceViews prices;
    final CoordinatorViews coordinator;
    final SummaryViews summaries;
    final DecisionViews decisionViews;
    final HistoryViews history;
    final LogViews logViews;

    Installation(Persistence persistence) {
      dashboard = new Dashboard(runtime.scheduler(), persistence);
      prices =
          new PriceViews(
              dashboard, pse, archive, runtime.clock(), WARSAW, PriceViewSettings.defaults());
      coordinator =
          new CoordinatorViews(
              dashboard,
              inverter,
              probe,
              logs,
              CurrentPrice.NONE,
              runtime.clock(),
              CoordinatorViewSettings.DEFAULTS);
      summaries =
          new SummaryViews(
              dashboard, decisions, energy, runtime.clock(), WARSAW, SummaryViewSettings.DEFAULTS);
      decisionViews =
          new DecisionViews(dashboard, decisions, runtime.clock(), RecentViewSettings.DEFAULTS);
      history = new HistoryViews(dashboard, energy, runtime.clock(), RecentViewSettings.DEFAULTS);
      logViews = new LogViews(dashboard, logs, LogViewSettings.DEFAULTS);
    }

    /** Prices of today and tomorrow, a reading, a few decisions and readings, a log. */
    void sources() {
      archive.keep(PriceDays.random(TODAY, PriceDays.QUARTER, new Random(1)));
      archive.keep(PriceDays.random(TODAY.plusDays(1), PriceDays.QUARTER, new Random(2)));
      inverter.record(InverterStates.aReading().readAt(NOW.minusSeconds(40)).build());
      probe.running(4242);
      logs.write("master.log", NOW, List.of("one", "two"));
      decisions.record(Decisions.aCharge(NOW.minus(Duration.ofHours(2))));
      decisions.record(Decisions.aSale(NOW.minus(Duration.ofHours(1))));
      decisions.record(Decisions.aWait(NOW.minus(Duration.ofDays(3))));
      for (int minute = 1; minute <= 30; minute++) {
        energy.record(EnergyReadings.aReading(NOW.minusSeconds(60L * minute)).soc(50.0).build());
      }
    }

    void failEverySource() {
      pse.failAlways("PSE is down");
      archive.setFailing(true);
      inverter.failWith("no state file");
      probe.failWith("no /proc");
      logs.setFailing(true);
      decisions.setFailing(true);
      energy.setFailing(true);
    }

    /** Starts, runs the first loads, and reads every keyed view once (which loads it). */
    void loadEverything() {
      dashboard.start();
      runtime.runDueTasks();
      snapshots();
      logViews.tail("master.log", null);
    }

    Snapshots snapshots() {
      return new Snapshots(
          prices.today(),
          prices.tomorrow(),
          coordinator.currentState(),
          summaries.currentMonth(),
          decisionViews.last(RecentWindow.DAY),
          decisionViews.last(RecentWindow.WEEK),
          history.last(RecentWindow.DAY),
          history.last(RecentWindow.WEEK));
    }

    @Override
    public void close() {
      dashboard.close();
      logViews.close();
    }
  }
}
