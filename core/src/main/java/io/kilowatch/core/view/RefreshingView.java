package io.kilowatch.core.view;

import static java.util.Objects.requireNonNull;
import static java.util.concurrent.TimeUnit.NANOSECONDS;

import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.freshness.LoadError;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.view.RefreshOutcome.Status;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * One value kept in memory and refreshed in the background.
 *
 * <p>{@link #snapshot()} is a single volatile read: it never blocks, never does I/O and never waits
 * for a load. Loads run on the scheduler's worker pool, one at a time per view: concurrent {@link
 * #refreshNow()} calls share the load in flight (single flight). A load that fails, throws or
 * outlives the load timeout keeps the previous value and records the error; a successful load swaps
 * in a new snapshot with the next version and notifies the listeners.
 *
 * <p>Created by {@link ViewScheduler#view(ViewDefinition)}. Thread-safe.
 *
 * @param <T> the type of the value; it should be immutable
 */
public final class RefreshingView<T> {

  private static final System.Logger LOG = System.getLogger(RefreshingView.class.getName());

  private final String name;
  private final ViewLoader<T> loader;
  private final FreshnessPolicy policy;
  private final RefreshSchedule schedule;
  private final boolean reloads;
  private final ViewScheduler scheduler;

  private volatile Snapshot<T> current;
  private final Object swapLock = new Object();
  private final AtomicReference<@Nullable LoadAttempt> inFlight = new AtomicReference<>();
  private final Object tickLock = new Object();
  private @Nullable ScheduledFuture<?> nextTick; // guarded by tickLock
  private boolean stopped; // guarded by tickLock
  private final List<ViewListener<T>> listeners = new CopyOnWriteArrayList<>();

  private final LongAdder reads = new LongAdder();
  private final AtomicLong loadsSucceeded = new AtomicLong();
  private final AtomicLong loadsFailed = new AtomicLong();
  private final AtomicLong loadTimeouts = new AtomicLong();
  private volatile Duration lastLoadDuration = Duration.ZERO;

  RefreshingView(
      String name,
      ViewLoader<T> loader,
      FreshnessPolicy policy,
      RefreshSchedule schedule,
      boolean reloads,
      ViewScheduler scheduler) {
    this.name = ViewNames.requireValid(name);
    this.loader = requireNonNull(loader, "'loader' must not be null");
    this.policy = requireNonNull(policy, "'policy' must not be null");
    this.schedule = requireNonNull(schedule, "'schedule' must not be null");
    this.reloads = reloads;
    this.scheduler = requireNonNull(scheduler, "'scheduler' must not be null");
    this.current = Snapshot.missing(policy);
  }

  /** The view's name. */
  public String name() {
    return name;
  }

  /** The view's freshness policy. */
  public FreshnessPolicy policy() {
    return policy;
  }

  /** The view's refresh schedule. */
  public RefreshSchedule schedule() {
    return schedule;
  }

  /**
   * Whether the view loads again after a success; {@code false} for immutable values that are
   * loaded once (failed loads are still retried).
   */
  public boolean reloads() {
    return reloads;
  }

  /** The current snapshot: one volatile read; never blocks, never {@code null}. */
  public Snapshot<T> snapshot() {
    reads.increment();
    return current;
  }

  /** Whether a load of this view is running now. */
  public boolean isLoading() {
    return inFlight.get() != null;
  }

  /** The view's counters. */
  public ViewStatistics statistics() {
    return new ViewStatistics(
        reads.sum(), loadsSucceeded.get(), loadsFailed.get(), loadTimeouts.get(), lastLoadDuration);
  }

  /** Adds a listener told about every new value from now on. */
  public void addListener(ViewListener<T> listener) {
    listeners.add(requireNonNull(listener, "'listener' must not be null"));
  }

  /**
   * Loads now, or joins the load already running. Never blocks the caller.
   *
   * <p>An immutable view ({@link #reloads()} false) that holds a loaded value completes at once
   * with {@link Status#SKIPPED}; a value restored by {@link #seed} is not enough (it may have been
   * saved before the value settled), so such a view still loads once. After {@link
   * ViewScheduler#close()}, completes with {@link Status#CANCELLED}.
   *
   * @return completes when the load ends, with its outcome; never completes exceptionally.
   *     Cancelling the returned future does not cancel the load.
   */
  public CompletableFuture<RefreshOutcome> refreshNow() {
    while (true) {
      LoadAttempt running = inFlight.get();
      if (running != null) {
        return running.result.copy();
      }
      Snapshot<T> snapshot = current;
      if (!reloads && snapshot.isPresent() && !isWarmStart(snapshot)) {
        return CompletableFuture.completedFuture(
            new RefreshOutcome(name, Status.SKIPPED, snapshot.version(), Duration.ZERO, null));
      }
      if (scheduler.isClosed() || isStopped()) {
        return CompletableFuture.completedFuture(
            new RefreshOutcome(
                name, Status.CANCELLED, snapshot.version(), Duration.ZERO, "views are closed"));
      }
      LoadAttempt attempt = new LoadAttempt(scheduler.clock().instant());
      if (inFlight.compareAndSet(null, attempt)) {
        CompletableFuture<RefreshOutcome> result = attempt.result.copy();
        start(attempt);
        return result;
      }
    }
  }

  /**
   * Serves {@code value} as a {@link SnapshotSource#WARM_START} snapshot with its true age, unless
   * the view already holds a value. Used to restore a persisted snapshot before the first load.
   *
   * @param version the version the value had when it was stored, at least 1; later loads continue
   *     from it, so versions never go backwards across restarts
   * @return whether the value was taken
   */
  public boolean seed(T value, long version, Instant fetchedAt) {
    synchronized (swapLock) {
      if (current.isPresent()) {
        return false;
      }
      current = Snapshot.of(value, version, fetchedAt, SnapshotSource.WARM_START, policy);
    }
    return true;
  }

  @Override
  public String toString() {
    return "RefreshingView[" + name + ", version " + current.version() + "]";
  }

  // ---- scheduling, driven by ViewScheduler ----

  /** Schedules the next load after {@code delay}, replacing any scheduled one. */
  void scheduleIn(Duration delay) {
    synchronized (tickLock) {
      if (stopped || scheduler.isClosed()) {
        return;
      }
      if (nextTick != null) {
        nextTick.cancel(false);
      }
      try {
        nextTick = scheduler.timer().schedule(this::tick, delay.toNanos(), NANOSECONDS);
      } catch (RejectedExecutionException closing) {
        nextTick = null;
      }
    }
  }

  /** Stops scheduling and interrupts a running load. The view keeps serving its last value. */
  void stop() {
    synchronized (tickLock) {
      stopped = true;
      if (nextTick != null) {
        nextTick.cancel(false);
        nextTick = null;
      }
    }
    LoadAttempt running = inFlight.get();
    if (running != null) {
      settle(running, Result.cancelled());
    }
  }

  private static boolean isWarmStart(Snapshot<?> snapshot) {
    return snapshot.source().filter(SnapshotSource.WARM_START::equals).isPresent();
  }

  private boolean isStopped() {
    synchronized (tickLock) {
      return stopped;
    }
  }

  private void tick() {
    // A scheduled load's outcome lives on in the snapshot and the statistics; nobody waits on it.
    CompletableFuture<RefreshOutcome> unused = refreshNow();
  }

  private void start(LoadAttempt attempt) {
    try {
      attempt.timeout =
          scheduler
              .timer()
              .schedule(
                  () -> settle(attempt, Result.timedOut(schedule.loadTimeout())),
                  schedule.loadTimeout().toNanos(),
                  NANOSECONDS);
      Future<?> work = scheduler.workers().submit(() -> load(attempt));
      attempt.work = work;
      if (attempt.settled.get()) {
        work.cancel(true);
      }
    } catch (RejectedExecutionException e) {
      settle(
          attempt,
          scheduler.isClosed()
              ? Result.cancelled()
              : Result.failed("no worker accepted the load: " + describe(e)));
    }
  }

  private void load(LoadAttempt attempt) {
    Result<T> result;
    try {
      Loaded<T> loaded = loader.load(current);
      result =
          loaded == null ? Result.failed("the loader returned no value") : Result.loaded(loaded);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result = Result.failed("load interrupted");
    } catch (Exception e) {
      result = Result.failed(describe(e));
    } catch (Error e) {
      if (e instanceof VirtualMachineError) {
        throw e;
      }
      result = Result.failed(describe(e));
    }
    settle(attempt, result);
  }

  private void settle(LoadAttempt attempt, Result<T> result) {
    if (!attempt.settled.compareAndSet(false, true)) {
      return; // a timeout, a shutdown or the load itself settled it first
    }
    ScheduledFuture<?> timeout = attempt.timeout;
    if (timeout != null) {
      timeout.cancel(false);
    }
    if (result.status == Status.TIMED_OUT || result.status == Status.CANCELLED) {
      Future<?> work = attempt.work;
      if (work != null) {
        work.cancel(true); // interrupt a timed-out or cancelled load
      }
    }
    Instant now = scheduler.clock().instant();
    Duration took = nonNegative(Duration.between(attempt.startedAt, now));
    RefreshOutcome outcome;
    Snapshot<T> swapped = null;
    synchronized (swapLock) {
      Snapshot<T> before = current;
      switch (result.status) {
        case LOADED -> {
          Loaded<T> loaded = requireNonNull(result.loaded);
          Instant fetchedAt = loaded.originallyFetchedAt().orElse(now);
          boolean unchanged = before.value().map(loaded.value()::equals).orElse(false);
          Snapshot<T> next =
              Snapshot.of(
                  loaded.value(),
                  unchanged ? before.version() : before.version() + 1,
                  fetchedAt,
                  loaded.source(),
                  policy);
          current = next;
          if (!unchanged) {
            swapped = next;
          }
          loadsSucceeded.incrementAndGet();
          lastLoadDuration = took;
          outcome =
              new RefreshOutcome(
                  name, unchanged ? Status.UNCHANGED : Status.LOADED, next.version(), took, null);
        }
        case FAILED, TIMED_OUT -> {
          String message = requireNonNull(result.error);
          LoadError error =
              before
                  .lastError()
                  .map(previous -> previous.followedBy(message, now))
                  .orElseGet(() -> new LoadError(message, now, 1));
          current = before.withError(error);
          loadsFailed.incrementAndGet();
          if (result.status == Status.TIMED_OUT) {
            loadTimeouts.incrementAndGet();
          }
          lastLoadDuration = took;
          outcome = new RefreshOutcome(name, result.status, before.version(), took, message);
        }
        default ->
            outcome =
                new RefreshOutcome(
                    name, result.status, before.version(), took, requireNonNull(result.error));
      }
    }
    if (swapped != null) {
      notifyListeners(swapped);
    }
    if (outcome.status() != Status.CANCELLED) {
      scheduler.notifyRefresh(outcome);
    }
    inFlight.compareAndSet(attempt, null);
    scheduleAfter(outcome);
    attempt.result.complete(outcome);
  }

  private void scheduleAfter(RefreshOutcome outcome) {
    switch (outcome.status()) {
      case LOADED, UNCHANGED -> {
        if (reloads) {
          scheduleIn(schedule.interval());
        }
      }
      case FAILED, TIMED_OUT -> {
        int failures = current.lastError().map(LoadError::consecutiveFailures).orElse(1);
        scheduleIn(schedule.backoffAfter(failures, scheduler.nextJitter()));
      }
      default -> {
        // SKIPPED schedules nothing; CANCELLED happens only when stopping.
      }
    }
  }

  private void notifyListeners(Snapshot<T> swapped) {
    for (ViewListener<T> listener : listeners) {
      try {
        listener.onSwap(name, swapped);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "listener of view " + name + " failed: " + describe(e), e);
      }
    }
  }

  private static Duration nonNegative(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    String type = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }

  /** One load of this view, settled exactly once: by the loader, its timeout or a shutdown. */
  private static final class LoadAttempt {
    final Instant startedAt;
    final CompletableFuture<RefreshOutcome> result = new CompletableFuture<>();
    final AtomicBoolean settled = new AtomicBoolean();
    volatile @Nullable Future<?> work;
    volatile @Nullable ScheduledFuture<?> timeout;

    LoadAttempt(Instant startedAt) {
      this.startedAt = startedAt;
    }
  }

  /** How a load attempt ended, before it is applied to the view. */
  private static final class Result<T> {
    final Status status;
    final @Nullable Loaded<T> loaded;
    final @Nullable String error;

    private Result(Status status, @Nullable Loaded<T> loaded, @Nullable String error) {
      this.status = status;
      this.loaded = loaded;
      this.error = error;
    }

    static <T> Result<T> loaded(Loaded<T> loaded) {
      return new Result<>(Status.LOADED, loaded, null);
    }

    static <T> Result<T> failed(String error) {
      return new Result<>(Status.FAILED, null, error);
    }

    static <T> Result<T> timedOut(Duration timeout) {
      return new Result<>(Status.TIMED_OUT, null, "load timed out after " + timeout);
    }

    static <T> Result<T> cancelled() {
      return new Result<>(Status.CANCELLED, null, "load cancelled: views are closing");
    }
  }
}
