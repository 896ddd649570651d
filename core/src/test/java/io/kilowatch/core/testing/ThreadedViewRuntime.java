package io.kilowatch.core.testing;

import io.kilowatch.core.view.ViewScheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.stream.Stream;

/**
 * A {@link ViewScheduler} on real threads and the system clock, for tests of concurrency: one timer
 * thread and a fixed worker pool, all made by {@link TrackingThreadFactory}s so a test can check
 * that no thread survives {@link #close()}.
 */
public final class ThreadedViewRuntime implements AutoCloseable {

  private final TrackingThreadFactory timerThreads = new TrackingThreadFactory("test-view-timer");
  private final TrackingThreadFactory workerThreads = new TrackingThreadFactory("test-view-worker");
  private final ViewScheduler scheduler;

  private ThreadedViewRuntime(int workers, Duration shutdownGrace) {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(timerThreads);
    ThreadPoolExecutor pool =
        (ThreadPoolExecutor) Executors.newFixedThreadPool(workers, workerThreads);
    this.scheduler =
        new ViewScheduler(
            Clock.systemUTC(),
            timer,
            pool,
            () -> ThreadLocalRandom.current().nextDouble(),
            shutdownGrace);
  }

  /** A runtime with {@code workers} worker threads and the default shutdown grace. */
  public static ThreadedViewRuntime withWorkers(int workers) {
    return new ThreadedViewRuntime(workers, ViewScheduler.DEFAULT_SHUTDOWN_GRACE);
  }

  public ViewScheduler scheduler() {
    return scheduler;
  }

  /** Every timer and worker thread made so far that is still alive. */
  public List<Thread> aliveThreads() {
    return Stream.concat(
            timerThreads.aliveThreads().stream(), workerThreads.aliveThreads().stream())
        .toList();
  }

  @Override
  public void close() {
    scheduler.close();
  }
}
