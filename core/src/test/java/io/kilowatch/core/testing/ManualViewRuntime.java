package io.kilowatch.core.testing;

import com.google.common.util.concurrent.MoreExecutors;
import io.kilowatch.core.view.ViewScheduler;
import java.time.Duration;

/**
 * A {@link ViewScheduler} on manual time: a {@link MutableClock}, a {@link ManualScheduledExecutor}
 * as timer, loads run directly on the test's thread and a constant jitter. Nothing happens until
 * the test calls {@link #advance(Duration)} or {@link #runDueTasks()}; then everything that falls
 * due runs, deterministically.
 */
public final class ManualViewRuntime implements AutoCloseable {

  /** The jitter every retry uses: 1.0 would be the full backoff; this is just below it. */
  public static final double DEFAULT_JITTER = 0.999_999;

  private final MutableClock clock;
  private final ManualScheduledExecutor timer;
  private final ViewScheduler scheduler;

  private ManualViewRuntime(MutableClock clock, double jitter) {
    this.clock = clock;
    this.timer = new ManualScheduledExecutor(clock);
    this.scheduler =
        new ViewScheduler(
            clock, timer, MoreExecutors.newDirectExecutorService(), () -> jitter, Duration.ZERO);
  }

  /** A runtime at {@link MutableClock#DEFAULT_START} with {@link #DEFAULT_JITTER}. */
  public static ManualViewRuntime create() {
    return new ManualViewRuntime(MutableClock.create(), DEFAULT_JITTER);
  }

  /** A runtime whose retries all use {@code jitter} (in [0, 1)). */
  public static ManualViewRuntime withJitter(double jitter) {
    return new ManualViewRuntime(MutableClock.create(), jitter);
  }

  public MutableClock clock() {
    return clock;
  }

  public ManualScheduledExecutor timer() {
    return timer;
  }

  public ViewScheduler scheduler() {
    return scheduler;
  }

  /** Moves time forward, running all loads that fall due. */
  public void advance(Duration amount) {
    timer.advance(amount);
  }

  /** Runs all loads due now. */
  public void runDueTasks() {
    timer.runDueTasks();
  }

  @Override
  public void close() {
    scheduler.close();
  }
}
