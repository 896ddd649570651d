package io.kilowatch.http;

import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.testing.ScriptedLoader;
import io.kilowatch.core.view.FamilyDefinition;
import io.kilowatch.core.view.KeyRule;
import io.kilowatch.core.view.Loaded;
import io.kilowatch.core.view.RefreshSchedule;
import io.kilowatch.core.view.RefreshingView;
import io.kilowatch.core.view.ViewDefinition;
import io.kilowatch.core.view.ViewFamily;
import io.kilowatch.core.view.ViewLoader;
import io.kilowatch.runtime.KilowatchRuntime;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The demo views of {@link DashboardPageTest}, registered in the running server's dashboard as the
 * real ones will be. {@code current-state} turns stale after {@link #CURRENT_STATE_STALE_AFTER};
 * {@code decisions/7d} never loads (its loader always fails), so the page must say so.
 */
@Singleton
@Requires(property = "spec.name", pattern = "Dashboard(Page|Token)Test")
final class DemoViews {

  static final Duration CURRENT_STATE_STALE_AFTER = Duration.ofSeconds(4);
  static final String DECISIONS_7D_ERROR = "coordinator database is locked";

  private static final FreshnessPolicy POLICY =
      FreshnessPolicy.of(Duration.ofMinutes(10), Duration.ofHours(1));
  private static final RefreshSchedule HOURLY = RefreshSchedule.every(Duration.ofHours(1));

  final ZoneId zone;
  final RefreshingView<Map<String, Object>> status;
  final RefreshingView<Map<String, Object>> currentState;
  final RefreshingView<Map<String, Object>> decisions24h;
  final RefreshingView<Map<String, Object>> decisions7d;
  final RefreshingView<Map<String, Object>> history;
  final RefreshingView<Map<String, Object>> logs;
  final ViewFamily<YearMonth, Map<String, Object>> monthlySummaries;

  DemoViews(KilowatchRuntime runtime) {
    InstantSource clock = runtime.clock();
    this.zone = runtime.zone();
    this.status = register(runtime, "status", POLICY, live(clock, DemoData::status));
    this.currentState =
        register(
            runtime,
            "page-current-state",
            FreshnessPolicy.of(CURRENT_STATE_STALE_AFTER, Duration.ofHours(1)),
            live(clock, DemoData::currentState));
    this.decisions24h =
        register(runtime, "decisions/24h", POLICY, live(clock, DemoData::decisions));
    this.decisions7d =
        register(
            runtime,
            "decisions/7d",
            POLICY,
            ScriptedLoader.<Map<String, Object>>script().thenFail(DECISIONS_7D_ERROR));
    this.history = register(runtime, "historical-data", POLICY, live(clock, DemoData::history));
    this.logs = register(runtime, "logs/master", POLICY, live(clock, DemoData::logs));
    this.monthlySummaries =
        runtime
            .dashboard()
            .registerFamily(
                new FamilyDefinition<>(
                    "monthly-summary",
                    (month, previous) -> Loaded.live(DemoData.monthlySummary(month)),
                    month -> KeyRule.refreshing(POLICY, HOURLY),
                    24));
    for (RefreshingView<?> view : views()) {
      view.refreshNow().join();
    }
  }

  List<RefreshingView<Map<String, Object>>> views() {
    return List.of(status, currentState, decisions24h, decisions7d, history, logs);
  }

  private static RefreshingView<Map<String, Object>> register(
      KilowatchRuntime runtime,
      String name,
      FreshnessPolicy policy,
      ViewLoader<Map<String, Object>> loader) {
    return runtime.dashboard().register(new ViewDefinition<>(name, loader, policy, HOURLY));
  }

  private ViewLoader<Map<String, Object>> live(
      InstantSource clock, BiFunction<Instant, ZoneId, Map<String, Object>> data) {
    return previous -> Loaded.live(data.apply(clock.instant(), zone));
  }
}
