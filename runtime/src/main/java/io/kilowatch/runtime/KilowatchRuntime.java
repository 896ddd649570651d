package io.kilowatch.runtime;

import static java.util.Objects.requireNonNull;

import io.kilowatch.config.PathSettings;
import io.kilowatch.config.Settings;
import io.kilowatch.coordinator.FileLogSource;
import io.kilowatch.coordinator.JournalLogSource;
import io.kilowatch.coordinator.ProcessCoordinatorProbe;
import io.kilowatch.core.dashboard.CoordinatorViews;
import io.kilowatch.core.dashboard.Dashboard;
import io.kilowatch.core.dashboard.DecisionViews;
import io.kilowatch.core.dashboard.HistoryViews;
import io.kilowatch.core.dashboard.LogViewSettings;
import io.kilowatch.core.dashboard.LogViews;
import io.kilowatch.core.dashboard.PriceViews;
import io.kilowatch.core.dashboard.RecentViewSettings;
import io.kilowatch.core.dashboard.SummaryViewSettings;
import io.kilowatch.core.dashboard.SummaryViews;
import io.kilowatch.core.energy.ConsumerPricing;
import io.kilowatch.core.port.DecisionHistory;
import io.kilowatch.core.port.EnergyHistory;
import io.kilowatch.core.port.LogSource;
import io.kilowatch.core.view.ViewScheduler;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One running Kilowatch: the settings, the clock, the view scheduler and the {@link Dashboard}
 * built from them, and (with {@link RuntimeOptions#persistent()}) Kilowatch's database keeping the
 * views' snapshots for warm starts. Both apps create one and close it on exit. Thread-safe.
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
  private final SnapshotStorage snapshots;
  private final Dashboard dashboard;
  private final LogSource logs;
  private final ConsumerPricing pricing;
  private final PriceViews prices;
  private final CoordinatorViews coordinator;
  private final CoordinatorSources sources;
  private final SummaryViews summaries;
  private final DecisionViews decisionViews;
  private final HistoryViews history;
  private final LogViews logViews;
  private volatile @Nullable Instant startedAt;
  private volatile boolean closed;

  private KilowatchRuntime(
      Settings settings, InstantSource clock, ViewScheduler scheduler, RuntimeOptions options) {
    this.settings = settings;
    this.clock = clock;
    PathSettings paths = settings.paths();
    this.snapshots =
        options.persistent()
            ? SnapshotStorage.open(paths.resolvedKilowatchDatabase(options.dataDirectory()))
            : SnapshotStorage.none();
    this.dashboard = new Dashboard(scheduler, snapshots.persistence());
    ZoneId zone = settings.timeZone();
    this.logs =
        new RoutedLogSource(
            new FileLogSource(paths.resolvedLogsDir()),
            new JournalLogSource(),
            Set.of(JOURNAL_UNIT));
    this.pricing = Pricing.of(settings.tariff());
    this.prices =
        PriceWiring.views(
            dashboard,
            PriceWiring.source(settings.pse(), options.offline()),
            settings,
            options.dataDirectory(),
            clock);
    this.sources = CoordinatorSources.of(settings);
    this.coordinator =
        new CoordinatorViews(
            dashboard,
            sources.state(),
            new ProcessCoordinatorProbe(),
            logs,
            PriceWiring.currentPrice(prices, pricing),
            clock,
            ViewPolicies.coordinator(settings.views()));
    this.summaries =
        new SummaryViews(
            dashboard,
            sources.decisions(),
            sources.energy(),
            clock,
            zone,
            SummaryViewSettings.DEFAULTS);
    this.decisionViews =
        new DecisionViews(dashboard, sources.decisions(), clock, RecentViewSettings.DEFAULTS);
    this.history =
        new HistoryViews(dashboard, sources.energy(), clock, RecentViewSettings.DEFAULTS);
    this.logViews = new LogViews(dashboard, logs, LogViewSettings.DEFAULTS);
  }

  /**
   * Builds the dashboard for {@code settings} on {@code clock}, with Kilowatch's own threads and
   * {@link RuntimeOptions#embedded()} (nothing persisted). The views do not load until {@link
   * #start()}.
   */
  public static KilowatchRuntime create(Settings settings, InstantSource clock) {
    return create(settings, clock, RuntimeOptions.embedded());
  }

  /**
   * Like {@link #create(Settings, InstantSource)}; {@code offline} disables every network call
   * (PSE): prices then come from the archive only, as in the demo.
   */
  public static KilowatchRuntime create(Settings settings, InstantSource clock, boolean offline) {
    return create(settings, clock, RuntimeOptions.embedded().withOffline(offline));
  }

  /**
   * Builds the dashboard for {@code settings} on {@code clock} as {@code options} say. With {@link
   * RuntimeOptions#persistent()}, Kilowatch's database is opened (created with its folder) and
   * every persistent view starts with its stored snapshot; a database that cannot be used is logged
   * once and Kilowatch runs without warm starts.
   */
  public static KilowatchRuntime create(
      Settings settings, InstantSource clock, RuntimeOptions options) {
    requireNonNull(settings, "'settings' must not be null");
    requireNonNull(clock, "'clock' must not be null");
    requireNonNull(options, "'options' must not be null");
    return new KilowatchRuntime(settings, clock, ViewExecutors.scheduler(clock), options);
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
    return sources.origin();
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

  /** Today's and tomorrow's price days. */
  public PriceViews prices() {
    return prices;
  }

  /** The configured tariff: turns market prices into final prices. */
  public ConsumerPricing pricing() {
    return pricing;
  }

  /** The coordinator's state, process and log list. */
  public CoordinatorViews coordinator() {
    return coordinator;
  }

  /** The decisions of the last 24 hours and 7 days, reloaded every minute. */
  public DecisionViews decisionViews() {
    return decisionViews;
  }

  /** The energy readings of the last 24 hours and 7 days, downsampled, reloaded every minute. */
  public HistoryViews history() {
    return history;
  }

  /** Monthly summaries and the month-over-month comparison. */
  public SummaryViews summaries() {
    return summaries;
  }

  /** The coordinator's decisions (its database, or its decision files). */
  public DecisionHistory decisions() {
    return sources.decisions();
  }

  /** The coordinator's energy readings (empty without its database). */
  public EnergyHistory energy() {
    return sources.energy();
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

  /** The file the views' snapshots are kept in; empty when nothing is persisted. */
  public Optional<Path> snapshotDatabase() {
    return snapshots.database();
  }

  /**
   * Deletes every stored snapshot, so that the next start is cold (the views of this runtime keep
   * their values and save them again as they change).
   *
   * @return how many snapshots were deleted; 0 when nothing is persisted
   * @throws io.kilowatch.core.port.SnapshotStoreException if the database cannot be written
   */
  public int clearSnapshots() {
    return snapshots.clear();
  }

  /**
   * Stops every view (within {@link ViewExecutors#SHUTDOWN_GRACE} and half a second, even if a load
   * hangs), saves their last snapshots, closes the logs held open and the snapshot store.
   * Idempotent.
   */
  @Override
  public void close() {
    closed = true;
    dashboard.close();
    logViews.close();
    snapshots.close();
  }
}
