package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.port.SnapshotStore;
import io.kilowatch.core.port.SnapshotStoreException;
import io.kilowatch.core.port.StoredSnapshot;
import io.kilowatch.core.view.FamilyDefinition;
import io.kilowatch.core.view.RefreshListener;
import io.kilowatch.core.view.RefreshOutcome;
import io.kilowatch.core.view.RefreshingView;
import io.kilowatch.core.view.ViewDefinition;
import io.kilowatch.core.view.ViewFamily;
import io.kilowatch.core.view.ViewScheduler;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The API the apps call: every piece of data a user can see is a view owned by the dashboard, read
 * without I/O, refreshed in the background, warm-started from a {@link SnapshotStore}.
 *
 * <p>This is the skeleton: it registers views, starts and stops them, refreshes them all and
 * reports on them. The concrete views (prices, state, summaries, ...) are added as their ports
 * arrive. Thread-safe.
 */
public final class Dashboard implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Dashboard.class.getName());

  private final ViewScheduler scheduler;
  private final SnapshotStore snapshotStore;

  /**
   * @param scheduler runs the views' loads; the dashboard closes it
   * @param snapshotStore keeps the last snapshot of each persistent view
   */
  public Dashboard(ViewScheduler scheduler, SnapshotStore snapshotStore) {
    this.scheduler = requireNonNull(scheduler, "'scheduler' must not be null");
    this.snapshotStore = requireNonNull(snapshotStore, "'snapshotStore' must not be null");
  }

  /** Registers a view that is not persisted. */
  public <T> RefreshingView<T> register(ViewDefinition<T> definition) {
    return scheduler.view(definition);
  }

  /**
   * Registers a view that is persisted: it is seeded at once with its stored snapshot (served as
   * {@code warm-start} with its true age until the first load), and each new value is saved to the
   * snapshot store after it is swapped in. A stored snapshot that cannot be read or decoded is
   * logged and skipped; a failed save is logged and never fails the load.
   */
  public <T> RefreshingView<T> registerPersistent(
      ViewDefinition<T> definition, SnapshotCodec<T> codec) {
    requireNonNull(codec, "'codec' must not be null");
    RefreshingView<T> view = scheduler.view(definition);
    warmStart(view, codec);
    view.addListener((name, snapshot) -> persist(name, snapshot, codec));
    return view;
  }

  /** Registers a family of keyed views. */
  public <K, T> ViewFamily<K, T> registerFamily(FamilyDefinition<K, T> definition) {
    return scheduler.family(definition);
  }

  /**
   * Adds a listener told about every load of every view (also views registered later) that changed
   * a snapshot: a new value or a new error.
   */
  public void addRefreshListener(RefreshListener listener) {
    scheduler.addRefreshListener(listener);
  }

  /** Starts every view's schedule: first loads begin at once. */
  public void start() {
    scheduler.start();
  }

  /**
   * Loads every view now (joining loads already running) and waits until all have ended; each load
   * is bounded by its view's load timeout.
   */
  public RefreshReport refreshAll() {
    Instant startedAt = scheduler.clock().instant();
    List<CompletableFuture<RefreshOutcome>> loads =
        scheduler.views().stream().map(RefreshingView::refreshNow).toList();
    List<RefreshOutcome> outcomes = loads.stream().map(CompletableFuture::join).toList();
    Duration took = Duration.between(startedAt, scheduler.clock().instant());
    return new RefreshReport(startedAt, took.isNegative() ? Duration.ZERO : took, outcomes);
  }

  /** Every view's state, age, version, counters and last error, now. Does no I/O. */
  public CacheReport cacheReport() {
    Instant now = scheduler.clock().instant();
    return new CacheReport(
        now, scheduler.views().stream().map(view -> ViewReport.of(view, now)).toList());
  }

  /** One view's entry of the cache report, now; empty if no view has that name. No I/O. */
  public Optional<ViewReport> viewReport(String viewName) {
    requireNonNull(viewName, "'viewName' must not be null");
    Instant now = scheduler.clock().instant();
    return scheduler.views().stream()
        .filter(view -> view.name().equals(viewName))
        .findFirst()
        .map(view -> ViewReport.of(view, now));
  }

  /** Stops all views within the scheduler's shutdown grace (see {@link ViewScheduler#close()}). */
  @Override
  public void close() {
    scheduler.close();
  }

  private <T> void warmStart(RefreshingView<T> view, SnapshotCodec<T> codec) {
    Optional<StoredSnapshot> stored;
    try {
      stored = snapshotStore.load(view.name());
    } catch (SnapshotStoreException e) {
      LOG.log(Level.WARNING, "no warm start for view " + view.name() + ": " + e.getMessage());
      return;
    }
    stored.ifPresent(
        snapshot -> {
          T value;
          try {
            value = codec.decode(snapshot.value());
          } catch (RuntimeException e) {
            LOG.log(
                Level.WARNING,
                "no warm start for view "
                    + view.name()
                    + ": its stored snapshot could not be decoded: "
                    + e);
            return;
          }
          view.seed(value, snapshot.version(), snapshot.fetchedAt());
        });
  }

  private <T> void persist(String viewName, Snapshot<T> snapshot, SnapshotCodec<T> codec) {
    Optional<T> value = snapshot.value();
    Optional<Instant> fetchedAt = snapshot.fetchedAt();
    Optional<SnapshotSource> source = snapshot.source();
    if (value.isEmpty() || fetchedAt.isEmpty() || source.isEmpty()) {
      return;
    }
    try {
      snapshotStore.save(
          new StoredSnapshot(
              viewName,
              snapshot.version(),
              fetchedAt.get(),
              source.get(),
              codec.encode(value.get())));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "could not persist view " + viewName + " version " + snapshot.version() + ": " + e);
    }
  }
}
