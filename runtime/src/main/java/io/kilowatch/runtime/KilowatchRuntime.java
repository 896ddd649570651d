package io.kilowatch.runtime;

import static java.util.Objects.requireNonNull;

import io.kilowatch.config.PathSettings;
import io.kilowatch.config.Settings;
import io.kilowatch.coordinator.FileInverterStateSource;
import io.kilowatch.coordinator.FileLogSource;
import io.kilowatch.coordinator.JournalLogSource;
import io.kilowatch.coordinator.ProcessCoordinatorProbe;
import io.kilowatch.core.dashboard.CoordinatorViews;
import io.kilowatch.core.dashboard.CurrentPrice;
import io.kilowatch.core.dashboard.Dashboard;
import io.kilowatch.core.dashboard.LogViewSettings;
import io.kilowatch.core.dashboard.LogViews;
import io.kilowatch.core.port.LogSource;
import io.kilowatch.core.port.SnapshotStore;
import io.kilowatch.core.view.ViewScheduler;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One running Kilowatch: the settings, the clock, the view scheduler and the {@link Dashboard}
 * built from them. Both apps create one and close it on exit. Thread-safe.
 */
public final class KilowatchRuntime implements AutoCloseable {

  /**
   * The journal unit of the coordinator's logs ({@code file=systemd} in the dashboard API): the
   * unit its installer creates.
   */
  public static final String JOURNAL_UNIT = JournalLogSource.DEFAULT_UNIT;

  /** Where the current state comes from, as the {@code data_source} of the API names it. */
  public enum StateOrigin {
    /** The coordinator's {@code coordinator_state_*.json} files. */
    STATE_FILE("state_file"),
    /** The coordinator's SQLite database. */
    DATABASE("database");

    private final String label;

    StateOrigin(String label) {
      this.label = label;
    }

    /** The name on the wire: {@code state_file} or {@code database}. */
    public String label() {
      return label;
    }
  }

  private final Settings settings;
  private final InstantSource clock;
  private final Dashboard dashboard;
  private final LogSource logs;
  private final CoordinatorViews coordinator;
  private final LogViews logViews;
  private volatile @Nullable Instant startedAt;
  private volatile boolean closed;

  private KilowatchRuntime(Settings settings, InstantSource clock, ViewScheduler scheduler) {
    this.settings = settings;
    this.clock = clock;
    this.dashboard = new Dashboard(scheduler, SnapshotStore.none());
    PathSettings paths = settings.paths();
    ZoneId zone = settings.timeZone();
    this.logs =
        new RoutedLogSource(
            new FileLogSource(paths.resolvedLogsDir()),
            new JournalLogSource(),
            Set.of(JOURNAL_UNIT));
    this.coordinator =
        new CoordinatorViews(
            dashboard,
            new FileInverterStateSource(paths.resolvedOutDir(), zone),
            new ProcessCoordinatorProbe(),
            logs,
            CurrentPrice.NONE,
            clock,
            ViewPolicies.coordinator(settings.views()));
    this.logViews = new LogViews(dashboard, logs, LogViewSettings.DEFAULTS);
  }

  /**
   * Builds the dashboard for {@code settings} on {@code clock}, with Kilowatch's own threads. The
   * views do not load until {@link #start()}.
   */
  public static KilowatchRuntime create(Settings settings, InstantSource clock) {
    requireNonNull(settings, "'settings' must not be null");
    requireNonNull(clock, "'clock' must not be null");
    return new KilowatchRuntime(settings, clock, ViewExecutors.scheduler(clock));
  }

  /** Starts every view's background refresh. */
  public KilowatchRuntime start() {
    dashboard.start();
    if (startedAt == null) {
      startedAt = clock.instant();
    }
    return this;
  }

  /** When {@link #start()} was first called, by the runtime's clock; empty before. */
  public Optional<Instant> startedAt() {
    return Optional.ofNullable(startedAt);
  }

  /** Whether the views refresh in the background: started and not closed. */
  public boolean isRunning() {
    return startedAt != null && !closed;
  }

  /** Where the current state is read from. */
  public StateOrigin stateOrigin() {
    return StateOrigin.STATE_FILE;
  }

  public Settings settings() {
    return settings;
  }

  public InstantSource clock() {
    return clock;
  }

  /** The zone of "today", tariff hours and displayed timestamps. */
  public ZoneId zone() {
    return settings.timeZone();
  }

  public Dashboard dashboard() {
    return dashboard;
  }

  /** The coordinator's state, process and log list. */
  public CoordinatorViews coordinator() {
    return coordinator;
  }

  /**
   * The coordinator's logs, for follows: the files of the log directory by their names, and the
   * journal as {@link #JOURNAL_UNIT}.
   */
  public LogSource logs() {
    return logs;
  }

  /** The tails of the coordinator's logs, kept in memory (names as for {@link #logs()}). */
  public LogViews logViews() {
    return logViews;
  }

  /** Stops every view within 5 s and closes the logs held open. */
  @Override
  public void close() {
    closed = true;
    dashboard.close();
    logViews.close();
  }
}
