package io.kilowatch.core.view;

import static java.util.Objects.requireNonNull;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.stream.Collectors;

/**
 * Runs the loads of every view: one timer for all schedules and timeouts, and a bounded worker pool
 * for the loads themselves, so a hung loader occupies one worker and never delays the timer or
 * another view.
 *
 * <p>The scheduler takes ownership of the executors it is given and shuts them down in {@link
 * #close()}. Size the worker pool to at least the number of views that may load at once; a load
 * waiting for a free worker counts against its load timeout.
 *
 * <p>Thread-safe.
 */
public final class ViewScheduler implements AutoCloseable {

  /**
   * How long {@link #close()} waits for loads to finish after interrupting them, by default; with
   * the timer's own half second, close returns within 5 s.
   */
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(4);

  private static final Duration TIMER_GRACE = Duration.ofMillis(500);

  private static final System.Logger LOG = System.getLogger(ViewScheduler.class.getName());

  private final InstantSource clock;
  private final ScheduledExecutorService timer;
  private final ExecutorService workers;
  private final DoubleSupplier jitter;
  private final Duration shutdownGrace;
  private final List<RefreshingView<?>> views = new CopyOnWriteArrayList<>();
  private final List<RefreshListener> refreshListeners = new CopyOnWriteArrayList<>();
  private volatile boolean started;
  private volatile boolean closed;

  /**
   * A scheduler with random jitter and the default shutdown grace.
   *
   * @param clock source of every timestamp and age
   * @param timer runs schedules and timeouts; its tasks are tiny and never block
   * @param workers runs the loads; bounded
   */
  public ViewScheduler(
      InstantSource clock, ScheduledExecutorService timer, ExecutorService workers) {
    this(
        clock,
        timer,
        workers,
        () -> ThreadLocalRandom.current().nextDouble(),
        DEFAULT_SHUTDOWN_GRACE);
  }

  /**
   * A scheduler with a given jitter source (tests pass a constant) and shutdown grace.
   *
   * @param jitter returns numbers in [0, 1) that spread retry delays
   * @param shutdownGrace how long {@link #close()} waits for interrupted loads to end
   */
  public ViewScheduler(
      InstantSource clock,
      ScheduledExecutorService timer,
      ExecutorService workers,
      DoubleSupplier jitter,
      Duration shutdownGrace) {
    this.clock = requireNonNull(clock, "'clock' must not be null");
    this.timer = requireNonNull(timer, "'timer' must not be null");
    this.workers = requireNonNull(workers, "'workers' must not be null");
    this.jitter = requireNonNull(jitter, "'jitter' must not be null");
    this.shutdownGrace = requireNonNull(shutdownGrace, "'shutdownGrace' must not be null");
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException(
          "'shutdownGrace' must not be negative, but was " + shutdownGrace);
    }
  }

  /**
   * Creates a view. Before {@link #start()} it waits; after, its first load is scheduled at once.
   *
   * @throws IllegalArgumentException if a view of that name exists
   * @throws IllegalStateException if the scheduler is closed
   */
  public <T> RefreshingView<T> view(ViewDefinition<T> definition) {
    requireNonNull(definition, "'definition' must not be null");
    return register(
        new RefreshingView<>(
            definition.name(),
            definition.loader(),
            definition.policy(),
            definition.schedule(),
            true,
            this));
  }

  /** Creates a family of keyed views, loaded on first read. */
  public <K, T> ViewFamily<K, T> family(FamilyDefinition<K, T> definition) {
    return family(definition, view -> {});
  }

  /**
   * Creates a family of keyed views, loaded on first read, handing each key's view to {@code
   * onNewView} when it is created: before it is scheduled and before the read that created it sees
   * it (e.g. to seed it with a stored value and listen to it).
   *
   * @param onNewView called once per created view, on the reading thread; must not throw
   */
  public <K, T> ViewFamily<K, T> family(
      FamilyDefinition<K, T> definition, Consumer<? super RefreshingView<T>> onNewView) {
    requireNonNull(definition, "'definition' must not be null");
    requireNonNull(onNewView, "'onNewView' must not be null");
    if (closed) {
      throw new IllegalStateException("the view scheduler is closed");
    }
    return new ViewFamily<>(definition, onNewView, this);
  }

  /** Adds a listener told about every load, of every view, that changed a snapshot. */
  public void addRefreshListener(RefreshListener listener) {
    refreshListeners.add(requireNonNull(listener, "'listener' must not be null"));
  }

  /** Schedules the first load of every view. Idempotent. */
  public void start() {
    if (closed) {
      throw new IllegalStateException("the view scheduler is closed");
    }
    if (!started) {
      started = true;
      for (RefreshingView<?> view : views) {
        view.scheduleIn(Duration.ZERO);
      }
    }
  }

  /** Whether {@link #start()} was called. */
  public boolean isStarted() {
    return started;
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  /** The clock all views read time from. */
  public InstantSource clock() {
    return clock;
  }

  /** Every view created by this scheduler and not evicted, in creation order. */
  public List<RefreshingView<?>> views() {
    return List.copyOf(views);
  }

  /**
   * Stops every schedule, interrupts running loads, shuts the executors down and waits at most the
   * shutdown grace for them to end. Returns even if a loader ignores its interrupt (the executor's
   * thread is then left to the JVM, and a warning names the views still loading). Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    List<String> loading =
        views.stream().filter(RefreshingView::isLoading).map(RefreshingView::name).toList();
    for (RefreshingView<?> view : views) {
      view.stop();
    }
    timer.shutdownNow();
    workers.shutdownNow();
    // Loads get the grace; the timer's tasks are tiny and end at once once it is shut down.
    boolean workersEnded = awaitTermination(workers, shutdownGrace);
    boolean timerEnded = awaitTermination(timer, TIMER_GRACE);
    boolean terminated = workersEnded && timerEnded;
    if (!terminated) {
      LOG.log(
          Level.WARNING,
          "views closed, but a load ignored its interrupt and still runs; views loading at close: "
              + loading.stream().collect(Collectors.joining(", ")));
    }
  }

  // ---- used by views and families ----

  <T> RefreshingView<T> register(RefreshingView<T> view) {
    if (closed) {
      throw new IllegalStateException("the view scheduler is closed");
    }
    synchronized (views) {
      for (RefreshingView<?> existing : views) {
        if (existing.name().equals(view.name())) {
          throw new IllegalArgumentException("a view named '" + view.name() + "' exists already");
        }
      }
      views.add(view);
    }
    if (started) {
      view.scheduleIn(Duration.ZERO);
    }
    return view;
  }

  void forget(RefreshingView<?> view) {
    view.stop();
    views.remove(view);
  }

  void notifyRefresh(RefreshOutcome outcome) {
    for (RefreshListener listener : refreshListeners) {
      try {
        listener.onRefresh(outcome);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "refresh listener failed on " + outcome.view() + ": " + e, e);
      }
    }
  }

  ScheduledExecutorService timer() {
    return timer;
  }

  ExecutorService workers() {
    return workers;
  }

  double nextJitter() {
    double value = jitter.getAsDouble();
    return value >= 0 && value < 1 ? value : 0.5;
  }

  private static boolean awaitTermination(ExecutorService executor, Duration grace) {
    try {
      return executor.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return executor.isTerminated();
    }
  }
}
