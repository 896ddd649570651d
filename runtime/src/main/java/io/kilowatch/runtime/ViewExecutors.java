package io.kilowatch.runtime;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import io.kilowatch.core.view.ViewScheduler;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The threads of a Kilowatch process: one timer thread for every schedule and timeout, and a fixed
 * pool of loader threads. All are daemon threads named {@code kilowatch-timer} and {@code
 * kilowatch-load-N}, so a thread dump says whose they are.
 */
public final class ViewExecutors {

  /**
   * Loader threads by default: enough for every view of one installation to load at once, so one
   * slow source never waits behind another.
   */
  public static final int DEFAULT_LOADERS = 8;

  /**
   * How long closing waits for loads it interrupted. With the timer's half second and the HTTP
   * server's 2 s for requests in flight, a stopping server exits within 5 s.
   */
  public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);

  private ViewExecutors() {}

  /** A scheduler on the system clock with {@link #DEFAULT_LOADERS} loader threads. */
  public static ViewScheduler scheduler(InstantSource clock) {
    return scheduler(clock, DEFAULT_LOADERS);
  }

  /** A scheduler on {@code clock} with {@code loaders} loader threads (at least 1). */
  public static ViewScheduler scheduler(InstantSource clock, int loaders) {
    if (loaders < 1) {
      throw new IllegalArgumentException("'loaders' must be at least 1, but was " + loaders);
    }
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            new ThreadFactoryBuilder().setNameFormat("kilowatch-timer").setDaemon(true).build());
    ExecutorService workers =
        Executors.newFixedThreadPool(
            loaders,
            new ThreadFactoryBuilder().setNameFormat("kilowatch-load-%d").setDaemon(true).build());
    return new ViewScheduler(
        clock, timer, workers, () -> ThreadLocalRandom.current().nextDouble(), SHUTDOWN_GRACE);
  }
}
