package io.kilowatch.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.energy.ChargingDecision;
import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.EnergyReading;
import io.kilowatch.core.testing.Decisions;
import io.kilowatch.core.testing.EnergyReadings;
import io.kilowatch.core.testing.InMemoryDecisionHistory;
import io.kilowatch.core.testing.InMemoryEnergyHistory;
import io.kilowatch.core.testing.InMemorySnapshotStore;
import io.kilowatch.core.testing.ManualViewRuntime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link DecisionViews} and {@link HistoryViews}: windows of recent history as views. */
class RecentViewsTest {

  private final ManualViewRuntime runtime = ManualViewRuntime.create();
  private final Dashboard dashboard =
      new Dashboard(runtime.scheduler(), new InMemorySnapshotStore());
  private final InMemoryDecisionHistory decisions = new InMemoryDecisionHistory();
  private final InMemoryEnergyHistory energy = new InMemoryEnergyHistory();
  private final Instant now = runtime.clock().instant();

  @AfterEach
  void closeTheDashboard() {
    dashboard.close();
  }

  @Test
  void decisionViews_holdEachWindowsDecisions() {
    ChargingDecision recent = Decisions.aCharge(now.minus(Duration.ofHours(2)));
    ChargingDecision older = Decisions.aCharge(now.minus(Duration.ofDays(3)));
    decisions.record(older);
    decisions.record(recent);
    DecisionViews views =
        new DecisionViews(dashboard, decisions, runtime.clock(), RecentViewSettings.DEFAULTS);
    start();

    assertThat(views.last(RecentWindow.DAY).value()).contains(List.<Decision>of(recent));
    assertThat(views.last(RecentWindow.WEEK).value()).contains(List.<Decision>of(older, recent));
  }

  @Test
  void decisionViews_reloadEveryMinute_readsInBetweenDoNotQuery() {
    DecisionViews views =
        new DecisionViews(dashboard, decisions, runtime.clock(), RecentViewSettings.DEFAULTS);
    start();
    decisions.record(Decisions.aWait(now.plusSeconds(10)));

    assertThat(views.last(RecentWindow.DAY).value().orElseThrow()).isEmpty();
    runtime.advance(Duration.ofMinutes(1));

    assertThat(views.last(RecentWindow.DAY).value().orElseThrow()).hasSize(1);
    assertThat(views.last(RecentWindow.DAY).version()).isEqualTo(2);
  }

  @Test
  void historyViews_downsampleTheDayToFiveMinutePoints() {
    for (int minute = 1; minute <= 30; minute++) {
      energy.record(EnergyReadings.aReading(now.minusSeconds(60L * minute)).soc(50.0).build());
    }
    HistoryViews views =
        new HistoryViews(dashboard, energy, runtime.clock(), RecentViewSettings.DEFAULTS);
    start();

    List<EnergyReading> day = views.last(RecentWindow.DAY).value().orElseThrow();
    assertThat(HistoryViews.step(RecentWindow.DAY)).isEqualTo(Duration.ofMinutes(5));
    assertThat(day).hasSizeBetween(6, 7);
    assertThat(day).allSatisfy(point -> assertThat(point.batterySocPercent()).isEqualTo(50.0));
  }

  @Test
  void historyViews_failingHistory_leavesTheViewMissingWithTheError() {
    energy.setFailing(true);
    HistoryViews views =
        new HistoryViews(dashboard, energy, runtime.clock(), RecentViewSettings.DEFAULTS);
    start();

    assertThat(views.last(RecentWindow.DAY).isPresent()).isFalse();
    assertThat(views.last(RecentWindow.DAY).lastError()).isPresent();
  }

  @Test
  void recentWindow_ofLabel_knowsOnlyTheDayAndTheWeek() {
    assertThat(RecentWindow.ofLabel("24h")).contains(RecentWindow.DAY);
    assertThat(RecentWindow.ofLabel(" 7D ")).contains(RecentWindow.WEEK);
    assertThat(RecentWindow.ofLabel("1h")).isEmpty();
  }

  private void start() {
    dashboard.start();
    runtime.runDueTasks();
  }
}
