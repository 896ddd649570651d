package io.kilowatch.cli;

import io.kilowatch.core.dashboard.Dashboard;
import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.testing.InMemorySnapshotStore;
import io.kilowatch.core.testing.ManualViewRuntime;
import io.kilowatch.core.testing.ScriptedLoader;
import io.kilowatch.core.view.RefreshSchedule;
import io.kilowatch.core.view.RefreshingView;
import io.kilowatch.core.view.ViewDefinition;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Views in known states on manual time, served to commands as an embedded Kilowatch: register
 * views, load them, move the clock, then run a command.
 */
final class PreparedViews implements Connector, AutoCloseable {

  /** Every prepared view turns stale at 5 minutes and expires at 1 hour. */
  static final FreshnessPolicy POLICY =
      FreshnessPolicy.of(Duration.ofMinutes(5), Duration.ofHours(1));

  private final ManualViewRuntime runtime = ManualViewRuntime.create();
  private final Dashboard dashboard =
      new Dashboard(runtime.scheduler(), new InMemorySnapshotStore());

  /** A view that loaded {@code value} once. */
  PreparedViews loaded(String name, String value) {
    view(name, ScriptedLoader.<String>script().thenReturn(value).thenFail("source down"))
        .refreshNow()
        .join();
    return this;
  }

  /** A view whose every load fails with {@code message}. */
  PreparedViews failing(String name, String message) {
    view(name, ScriptedLoader.<String>script().thenFail(message)).refreshNow().join();
    return this;
  }

  /** Moves time forward (no loads run: nothing is scheduled). */
  PreparedViews after(Duration elapsed) {
    runtime.clock().advance(elapsed);
    return this;
  }

  @Override
  public Kilowatch connect(CommonOptions options) {
    return new EmbeddedKilowatch(dashboard, ZoneId.of("Europe/Warsaw"), true, () -> {}, null);
  }

  @Override
  public void close() {
    runtime.close();
  }

  private RefreshingView<String> view(String name, ScriptedLoader<String> loader) {
    return dashboard.register(
        new ViewDefinition<>(name, loader, POLICY, RefreshSchedule.every(Duration.ofMinutes(1))));
  }
}
