package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import com.google.common.reflect.TypeToken;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.port.SnapshotStore;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The API the apps call: every piece of data a user can see is a view owned by the dashboard, read
 * without I/O, refreshed in the background, warm-started from a {@link SnapshotStore}.
 *
 * <p>It registers views, starts and stops them, refreshes them all and reports on them; the feature
 * classes of this package ({@link PriceViews}, {@link CoordinatorViews}, ...) register the concrete
 * views. Views registered as persistent are seeded from the store at registration (or, for a
 * family, when a key's view is created), saved after every load that changed them, and saved once
 * more when the dashboard closes if a load confirmed their value since (so the stored age stays
 * true). Thread-safe.
 */
public final class Dashboard implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Dashboard.class.getName());

  private final ViewScheduler scheduler;
  private final Persistence persistence;
  private final Map<String, Persisted<?>> persisted = new ConcurrentHashMap<>();

  /**
   * @param scheduler runs the views' loads; the dashboard closes it
   * @param persistence where and how persistent views are kept ({@link Persistence#none()} for
   *     nothing)
   */
  public Dashboard(ViewScheduler scheduler, Persistence persistence) {
    this.scheduler = requireNonNull(scheduler, "'scheduler' must not be null");
    this.persistence = requireNonNull(persistence, "'persistence' must not be null");
  }

  /**
   * A dashboard keeping in {@code snapshotStore} only the views registered with an explicit codec
   * ({@link #registerPersistent(ViewDefinition, SnapshotCodec)}); views registered by type start
   * cold.
   *
   * @param scheduler runs the views' loads; the dashboard closes it
   * @param snapshotStore keeps the last snapshot of each persistent view
   */
  public Dashboard(ViewScheduler scheduler, SnapshotStore snapshotStore) {
    this(scheduler, new Persistence(snapshotStore, SnapshotCodecs.NONE));
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
    persist(view, codec);
    return view;
  }

  /**
   * Registers a view persisted with the codec the {@link Persistence} has for {@code type}, as
   * {@link #registerPersistent(ViewDefinition, SnapshotCodec)} does; a plain view if it has none.
   *
   * @param type the type of the view's values, e.g. {@code new TypeToken<List<Decision>>() {}}
   */
  public <T> RefreshingView<T> registerPersistent(ViewDefinition<T> definition, TypeToken<T> type) {
    Optional<SnapshotCodec<T>> codec = codecFor(type);
    return codec.isPresent()
        ? registerPersistent(definition, codec.get())
        : scheduler.view(definition);
  }

  /** Registers a family of keyed views. */
  public <K, T> ViewFamily<K, T> registerFamily(FamilyDefinition<K, T> definition) {
    return scheduler.family(definition);
  }

  /**
   * Registers a family of keyed views, each key's view persisted (as {@code family/key}) with the
   * codec the {@link Persistence} has for {@code type}: a key's view is seeded with its stored
   * snapshot when it is created, so the read that creates it gets the stored value at once instead
   * of waiting for the first load (it reads the store once, instead). A plain family if the
   * persistence has no codec for {@code type}.
   */
  public <K, T> ViewFamily<K, T> registerPersistentFamily(
      FamilyDefinition<K, T> definition, TypeToken<T> type) {
    Optional<SnapshotCodec<T>> codec = codecFor(type);
    if (codec.isEmpty()) {
      return scheduler.family(definition);
    }
    SnapshotCodec<T> keyCodec = codec.get();
    return scheduler.family(definition, view -> persist(view, keyCodec));
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

  /**
   * Stops all views within the scheduler's shutdown grace (see {@link ViewScheduler#close()}), then
   * saves each persistent view whose snapshot is newer than the one stored (a load that found the
   * same value moves its fetch time without saving it). Idempotent.
   */
  @Override
  public void close() {
    boolean first = !scheduler.isClosed();
    scheduler.close();
    if (first) {
      saveUnsaved();
    }
  }

  private <T> Optional<SnapshotCodec<T>> codecFor(TypeToken<T> type) {
    requireNonNull(type, "'type' must not be null");
    return requireNonNull(
        persistence.codecs().codecFor(type), "SnapshotCodecs.codecFor returned null");
  }

  private <T> void persist(RefreshingView<T> view, SnapshotCodec<T> codec) {
    Persisted<T> entry = new Persisted<>(codec);
    persisted.put(view.name(), entry);
    warmStart(view, entry);
    view.addListener((name, snapshot) -> save(name, snapshot, entry));
  }

  private <T> void warmStart(RefreshingView<T> view, Persisted<T> entry) {
    Optional<StoredSnapshot> stored;
    try {
      stored = persistence.store().load(view.name());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "no warm start for view " + view.name() + ": " + e.getMessage());
      return;
    }
    if (stored.isEmpty()) {
      return;
    }
    StoredSnapshot snapshot = stored.get();
    T value;
    try {
      value = entry.codec.decode(snapshot.value());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "no warm start for view "
              + view.name()
              + ": its stored snapshot could not be decoded (written by another version?): "
              + e);
      return;
    }
    if (view.seed(value, snapshot.version(), snapshot.fetchedAt())) {
      entry.saved = new Saved(snapshot.version(), snapshot.fetchedAt());
    }
  }

  private <T> void save(String viewName, Snapshot<T> snapshot, Persisted<T> entry) {
    Optional<T> value = snapshot.value();
    Optional<Instant> fetchedAt = snapshot.fetchedAt();
    Optional<SnapshotSource> source = snapshot.source();
    if (value.isEmpty() || fetchedAt.isEmpty() || source.isEmpty()) {
      return;
    }
    try {
      persistence
          .store()
          .save(
              new StoredSnapshot(
                  viewName,
                  snapshot.version(),
                  fetchedAt.get(),
                  source.get(),
                  entry.codec.encode(value.get())));
      entry.saved = new Saved(snapshot.version(), fetchedAt.get());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "could not persist view " + viewName + " version " + snapshot.version() + ": " + e);
    }
  }

  /** Saves, after the views stopped, what the listeners did not: values confirmed by a load. */
  private void saveUnsaved() {
    for (RefreshingView<?> view : scheduler.views()) {
      Persisted<?> entry = persisted.get(view.name());
      if (entry != null) {
        saveIfNewer(view, entry);
      }
    }
  }

  @SuppressWarnings("unchecked") // an entry is registered under its own view's name only
  private <T> void saveIfNewer(RefreshingView<?> view, Persisted<T> entry) {
    Snapshot<T> snapshot = ((RefreshingView<T>) view).snapshot();
    Optional<Instant> fetchedAt = snapshot.fetchedAt();
    boolean restoredOnly = snapshot.source().filter(SnapshotSource.WARM_START::equals).isPresent();
    if (fetchedAt.isEmpty() || restoredOnly) {
      return;
    }
    Saved saved = entry.saved;
    if (saved == null
        || saved.version() != snapshot.version()
        || !saved.fetchedAt().equals(fetchedAt.get())) {
      save(view.name(), snapshot, entry);
    }
  }

  /**
   * The codec of one persistent view and what was last saved of it (or restored from the store).
   */
  private static final class Persisted<T> {
    final SnapshotCodec<T> codec;
    volatile @Nullable Saved saved;

    Persisted(SnapshotCodec<T> codec) {
      this.codec = codec;
    }
  }

  /** The version and fetch time of a stored snapshot. */
  private record Saved(long version, Instant fetchedAt) {}
}
