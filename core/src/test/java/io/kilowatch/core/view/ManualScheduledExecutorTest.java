package io.kilowatch.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.testing.ManualScheduledExecutor;
import io.kilowatch.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fake timer that the engine's deterministic tests stand on. */
class ManualScheduledExecutorTest {

  private final MutableClock clock = MutableClock.create();
  private final ManualScheduledExecutor timer = new ManualScheduledExecutor(clock);
  private final List<String> ran = new ArrayList<>();

  @Test
  void advance_runsDueTasksInOrderAtTheirDueTime() {
    Instant start = clock.instant();
    List<Instant> at = new ArrayList<>();
    ScheduledFuture<?> late = timer.schedule(() -> ran.add("late"), 5, TimeUnit.SECONDS);
    ScheduledFuture<?> early =
        timer.schedule(
            () -> {
              ran.add("early");
              at.add(clock.instant());
            },
            2,
            TimeUnit.SECONDS);

    assertThat(timer.advance(Duration.ofSeconds(3))).isEqualTo(1);
    assertThat(ran).containsExactly("early");
    assertThat(at).containsExactly(start.plusSeconds(2));
    assertThat(clock.instant()).isEqualTo(start.plusSeconds(3));
    timer.advance(Duration.ofSeconds(2));
    assertThat(ran).containsExactly("early", "late");
    assertThat(early.isDone()).isTrue();
    assertThat(late.isDone()).isTrue();
  }

  @Test
  void advance_runsTasksThatDueTasksScheduleWithinTheSameAdvance() {
    ScheduledFuture<?> first =
        timer.schedule(
            () -> {
              ran.add("first");
              ScheduledFuture<?> unused =
                  timer.schedule(() -> ran.add("second"), 1, TimeUnit.SECONDS);
            },
            1,
            TimeUnit.SECONDS);

    timer.advance(Duration.ofSeconds(2));

    assertThat(ran).containsExactly("first", "second");
    assertThat(first.isDone()).isTrue();
  }

  @Test
  void cancel_removesTheTask() {
    ScheduledFuture<?> task = timer.schedule(() -> ran.add("x"), 1, TimeUnit.SECONDS);

    task.cancel(false);
    timer.advance(Duration.ofSeconds(2));

    assertThat(ran).isEmpty();
    assertThat(timer.pendingTasks()).isZero();
  }

  @Test
  void scheduleAtFixedRate_repeatsUntilCancelled() {
    ScheduledFuture<?> ticking =
        timer.scheduleAtFixedRate(() -> ran.add("tick"), 0, 10, TimeUnit.SECONDS);

    timer.advance(Duration.ofSeconds(25));
    ticking.cancel(false);
    timer.advance(Duration.ofMinutes(1));

    assertThat(ran).hasSize(3);
  }

  @Test
  void shutdown_refusesNewTasksAndShutdownNowDropsPendingOnes() {
    ScheduledFuture<?> pending = timer.schedule(() -> ran.add("pending"), 1, TimeUnit.SECONDS);

    assertThat(timer.shutdownNow()).containsExactly((Runnable) pending);
    assertThat(timer.isTerminated()).isTrue();
    assertThatThrownBy(() -> timer.schedule(() -> ran.add("late"), 1, TimeUnit.SECONDS))
        .isInstanceOf(RejectedExecutionException.class);
  }
}
