package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ScheduledExecutorService} that runs nothing on its own: tasks become due on a {@link
 * MutableClock}, and run on the test's thread when the test calls {@link #advance(Duration)} or
 * {@link #runDueTasks()}, in order of due time (then submission). Deterministic, no threads.
 */
public final class ManualScheduledExecutor extends AbstractExecutorService
    implements ScheduledExecutorService {

  private final MutableClock clock;
  private final Object lock = new Object();
  private final PriorityQueue<ManualTask<?>> queue = new PriorityQueue<>();
  private final AtomicLong sequence = new AtomicLong();
  private boolean shutdown; // guarded by lock

  public ManualScheduledExecutor(MutableClock clock) {
    this.clock = requireNonNull(clock, "'clock' must not be null");
  }

  /** The clock this executor follows. */
  public MutableClock clock() {
    return clock;
  }

  /**
   * Moves the clock forward by {@code amount}, running every task that falls due on the way at its
   * due time, including tasks scheduled by those tasks.
   *
   * @return how many tasks ran
   */
  public int advance(Duration amount) {
    requireNonNull(amount, "'amount' must not be null");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("'amount' must not be negative, but was " + amount);
    }
    Instant target = clock.instant().plus(amount);
    int ran = 0;
    while (true) {
      ManualTask<?> task;
      synchronized (lock) {
        task = queue.peek();
        if (task == null || task.due.isAfter(target)) {
          break;
        }
        queue.poll();
      }
      if (task.due.isAfter(clock.instant())) {
        clock.set(task.due);
      }
      task.run();
      ran++;
      if (task.period != null && !task.isCancelled() && !isShutdown()) {
        task.due = task.due.plus(task.period);
        ManualTask<?> unused = enqueue(task);
      }
    }
    clock.set(target);
    return ran;
  }

  /** Runs every task due now. */
  public int runDueTasks() {
    return advance(Duration.ZERO);
  }

  /** Tasks waiting to become due (cancelled ones are removed at once). */
  public int pendingTasks() {
    synchronized (lock) {
      return queue.size();
    }
  }

  /** The delay until the next pending task is due, or empty if none is pending. */
  public Optional<Duration> nextDelay() {
    synchronized (lock) {
      ManualTask<?> next = queue.peek();
      return next == null
          ? Optional.empty()
          : Optional.of(Duration.between(clock.instant(), next.due));
    }
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    return enqueue(new ManualTask<Void>(Duration.of(delay, unit.toChronoUnit()), command, null));
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    return enqueue(new ManualTask<>(Duration.of(delay, unit.toChronoUnit()), callable, null));
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(
      Runnable command, long initialDelay, long period, TimeUnit unit) {
    return enqueue(
        new ManualTask<Void>(
            Duration.of(initialDelay, unit.toChronoUnit()),
            command,
            positive(Duration.of(period, unit.toChronoUnit()))));
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(
      Runnable command, long initialDelay, long delay, TimeUnit unit) {
    // Tasks take no time on a manual clock, so a fixed delay is a fixed rate.
    return scheduleAtFixedRate(command, initialDelay, delay, unit);
  }

  @Override
  public void execute(Runnable command) {
    ScheduledFuture<?> unused = schedule(command, 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public void shutdown() {
    synchronized (lock) {
      shutdown = true;
    }
  }

  @Override
  public List<Runnable> shutdownNow() {
    synchronized (lock) {
      shutdown = true;
      List<Runnable> pending = new ArrayList<>(queue);
      queue.clear();
      return pending;
    }
  }

  @Override
  public boolean isShutdown() {
    synchronized (lock) {
      return shutdown;
    }
  }

  @Override
  public boolean isTerminated() {
    synchronized (lock) {
      return shutdown && queue.isEmpty();
    }
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return isTerminated();
  }

  private <V> ManualTask<V> enqueue(ManualTask<V> task) {
    synchronized (lock) {
      if (shutdown) {
        throw new RejectedExecutionException("the executor is shut down");
      }
      queue.add(task);
    }
    return task;
  }

  private static Duration positive(Duration period) {
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("'period' must be positive, but was " + period);
    }
    return period;
  }

  private final class ManualTask<V> extends FutureTask<V> implements ScheduledFuture<V> {
    final long order = sequence.incrementAndGet();
    final @Nullable Duration period;
    Instant due;

    ManualTask(Duration delay, Callable<V> callable, @Nullable Duration period) {
      super(callable);
      this.due = clock.instant().plus(delay.isNegative() ? Duration.ZERO : delay);
      this.period = period;
    }

    ManualTask(Duration delay, Runnable runnable, @Nullable Duration period) {
      super(runnable, null);
      this.due = clock.instant().plus(delay.isNegative() ? Duration.ZERO : delay);
      this.period = period;
    }

    @Override
    public void run() {
      if (period == null) {
        super.run();
      } else {
        runAndReset();
      }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      synchronized (lock) {
        queue.remove(this);
      }
      return cancelled;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(clock.instant(), due));
    }

    @Override
    public int compareTo(Delayed other) {
      if (other instanceof ManualTask<?> that) {
        int byDue = due.compareTo(that.due);
        return byDue != 0 ? byDue : Long.compare(order, that.order);
      }
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
