package io.kilowatch.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.testing.ScriptedLoader;
import io.kilowatch.core.testing.ThreadedViewRuntime;
import io.kilowatch.core.view.RefreshOutcome.Status;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CloseTest {

  private static final FreshnessPolicy POLICY =
      FreshnessPolicy.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
  private static final RefreshSchedule HOUR_LONG_LOADS =
      new RefreshSchedule(Duration.ofHours(1), Duration.ofHours(1), Duration.ofSeconds(1));

  @Test
  void close_withALoaderBlockedForAnHour_interruptsItAndLeavesNoThreadAlive() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    ThreadedViewRuntime runtime = ThreadedViewRuntime.withWorkers(2);
    RefreshingView<String> view =
        runtime
            .scheduler()
            .view(
                new ViewDefinition<>(
                    "blocked",
                    ScriptedLoader.<String>script().thenBlock(started, never, "never"),
                    POLICY,
                    HOUR_LONG_LOADS));
    runtime
        .scheduler()
        .view(
            new ViewDefinition<>(
                "ticking",
                ScriptedLoader.returning("t"),
                POLICY,
                RefreshSchedule.every(Duration.ofMillis(10))));
    runtime.scheduler().start();
    CompletableFuture<RefreshOutcome> pending = view.refreshNow();
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

    assertTimeoutPreemptively(Duration.ofSeconds(5), runtime::close);

    assertThat(pending.get(1, TimeUnit.SECONDS).status()).isEqualTo(Status.CANCELLED);
    await()
        .atMost(Duration.ofSeconds(1))
        .untilAsserted(() -> assertThat(runtime.aliveThreads()).isEmpty());
  }

  @Test
  void close_withALoaderThatIgnoresInterrupts_stillReturnsWithinFiveSeconds() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ThreadedViewRuntime runtime = ThreadedViewRuntime.withWorkers(1);
    try {
      RefreshingView<String> view =
          runtime
              .scheduler()
              .view(
                  new ViewDefinition<>(
                      "stubborn",
                      ScriptedLoader.<String>script()
                          .thenHangIgnoringInterrupts(started, release, "late"),
                      POLICY,
                      HOUR_LONG_LOADS));
      CompletableFuture<RefreshOutcome> pending = view.refreshNow();
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

      assertTimeoutPreemptively(Duration.ofSeconds(5), runtime::close);

      assertThat(pending.get(1, TimeUnit.SECONDS).status()).isEqualTo(Status.CANCELLED);
      assertThat(view.snapshot().isPresent()).as("a late result is never swapped in").isFalse();
    } finally {
      release.countDown();
    }
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(runtime.aliveThreads()).isEmpty());
  }

  @Test
  void close_isIdempotentAndRefusesNewViews() {
    ThreadedViewRuntime runtime = ThreadedViewRuntime.withWorkers(1);
    runtime.close();
    runtime.close();

    assertThatThrownBy(
            () ->
                runtime
                    .scheduler()
                    .view(
                        new ViewDefinition<>(
                            "late", ScriptedLoader.returning("x"), POLICY, HOUR_LONG_LOADS)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the view scheduler is closed");
  }
}
