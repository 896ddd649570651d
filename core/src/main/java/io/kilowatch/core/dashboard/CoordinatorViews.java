package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import com.google.common.reflect.TypeToken;
import io.kilowatch.core.energy.CurrentState;
import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.port.CoordinatorProbe;
import io.kilowatch.core.port.CoordinatorStatus;
import io.kilowatch.core.port.InverterStateSource;
import io.kilowatch.core.port.LogFile;
import io.kilowatch.core.port.LogSource;
import io.kilowatch.core.view.Loaded;
import io.kilowatch.core.view.RefreshingView;
import io.kilowatch.core.view.ViewDefinition;
import io.kilowatch.core.view.ViewLoader;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * The coordinator's views: the current state (newest inverter reading plus the current price), the
 * coordinator process check, and the list of log files. Registering them here means a status page
 * or a {@code status} command reads three snapshots and does no I/O.
 *
 * <p>The current state's {@code fetchedAt} is when the inverter was read, not when the file or row
 * was loaded, so its freshness is the reading's true age (a coordinator that lost its inverter
 * keeps saving an old reading). The price is taken from {@link CurrentPrice} at load time.
 *
 * <p>The current state is persistent (after a restart the last reading is served at once, with its
 * true age); the process check and the log list are not: they are cheap and only true now.
 *
 * <p>Thread-safe; reads never block.
 */
public final class CoordinatorViews {

  /** The name of the current-state view. */
  public static final String CURRENT_STATE = "current-state";

  /** The name of the coordinator-process view. */
  public static final String COORDINATOR = "coordinator";

  /** The name of the log-list view. */
  public static final String LOG_FILES = "log-files";

  private static final System.Logger LOG = System.getLogger(CoordinatorViews.class.getName());

  private final InverterStateSource inverter;
  private final CurrentPrice currentPrice;
  private final InstantSource clock;
  private final RefreshingView<CurrentState> currentState;
  private final RefreshingView<CoordinatorStatus> coordinator;
  private final RefreshingView<List<LogFile>> logFiles;

  /**
   * Registers the three views with {@code dashboard}; they load once the dashboard starts.
   *
   * @param dashboard where the views live
   * @param inverter the newest inverter reading
   * @param probe whether the coordinator runs
   * @param logs the coordinator's logs
   * @param currentPrice the price now, or {@link CurrentPrice#NONE}
   * @param clock the dashboard's clock
   * @param settings schedules and freshness policies
   */
  public CoordinatorViews(
      Dashboard dashboard,
      InverterStateSource inverter,
      CoordinatorProbe probe,
      LogSource logs,
      CurrentPrice currentPrice,
      InstantSource clock,
      CoordinatorViewSettings settings) {
    requireNonNull(dashboard, "'dashboard' must not be null");
    this.inverter = requireNonNull(inverter, "'inverter' must not be null");
    requireNonNull(probe, "'probe' must not be null");
    requireNonNull(logs, "'logs' must not be null");
    this.currentPrice = requireNonNull(currentPrice, "'currentPrice' must not be null");
    this.clock = requireNonNull(clock, "'clock' must not be null");
    requireNonNull(settings, "'settings' must not be null");
    this.currentState =
        dashboard.registerPersistent(
            new ViewDefinition<>(
                CURRENT_STATE,
                this::loadCurrentState,
                settings.statePolicy(),
                settings.stateSchedule()),
            TypeToken.of(CurrentState.class));
    this.coordinator =
        dashboard.register(
            new ViewDefinition<>(
                COORDINATOR,
                ViewLoader.live(probe::status),
                settings.probePolicy(),
                settings.probeSchedule()));
    this.logFiles =
        dashboard.register(
            new ViewDefinition<>(
                LOG_FILES,
                ViewLoader.live(() -> List.copyOf(logs.logs())),
                settings.logListPolicy(),
                settings.logListSchedule()));
  }

  /** The newest inverter reading with the price at the time it was loaded. */
  public Snapshot<CurrentState> currentState() {
    return currentState.snapshot();
  }

  /** Whether the coordinator runs, and its PID. */
  public Snapshot<CoordinatorStatus> coordinator() {
    return coordinator.snapshot();
  }

  /** The log files with their sizes and modification times, sorted by name. */
  public Snapshot<List<LogFile>> logFiles() {
    return logFiles.snapshot();
  }

  private Loaded<CurrentState> loadCurrentState(Snapshot<CurrentState> previous) {
    InverterState reading = inverter.current();
    Instant now = clock.instant();
    CurrentState state = new CurrentState(reading, priceAt(now).orElse(null));
    Instant readAt = reading.readAt().isAfter(now) ? now : reading.readAt();
    return Loaded.from(SnapshotSource.LIVE, state, readAt);
  }

  private Optional<BigDecimal> priceAt(Instant now) {
    try {
      return requireNonNull(currentPrice.at(now), "CurrentPrice returned null");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "current state assembled without a price: " + e);
      return Optional.empty();
    }
  }
}
