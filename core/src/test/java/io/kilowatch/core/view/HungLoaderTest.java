package io.kilowatch.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.testing.ScriptedLoader;
import io.kilowatch.core.testing.ThreadedViewRuntime;
import io.kilowatch.core.view.RefreshOutcome.Status;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HungLoaderTest {

  private static final FreshnessPolicy POLICY =
      FreshnessPolicy.of(Duration.ofMinutes(1), Duration.ofMinutes(10));

  @Test
  void whileOneLoaderHangsFor60Seconds_anotherViewRefreshesOnScheduleAndReadsNeverWait() {
    CountDownLatch hangStarted = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    AtomicInteger quickLoads = new AtomicInteger();
    try (ThreadedViewRuntime runtime = ThreadedViewRuntime.withWorkers(2)) {
      RefreshingView<String> hung =
          runtime
              .scheduler()
              .view(
                  new ViewDefinition<>(
                      "hung",
                      ScriptedLoader.<String>script().thenBlock(hangStarted, never, "never"),
                      POLICY,
                      new RefreshSchedule(
                          Duration.ofMinutes(2), Duration.ofSeconds(60), Duration.ofSeconds(1))));
      RefreshingView<Integer> quick =
          runtime
              .scheduler()
              .view(
                  new ViewDefinition<>(
                      "quick",
                      ViewLoader.live(quickLoads::incrementAndGet),
                      POLICY,
                      RefreshSchedule.every(Duration.ofMillis(20))));

      runtime.scheduler().start();

      await().atMost(Duration.ofSeconds(5)).until(() -> hangStarted.getCount() == 0);
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(() -> assertThat(quick.snapshot().version()).isGreaterThanOrEqualTo(10));
      Snapshot<String> hungSnapshot =
          assertTimeoutPreemptively(Duration.ofSeconds(1), () -> hung.snapshot());
      assertThat(hungSnapshot.isPresent()).isFalse();
      assertThat(hung.isLoading()).isTrue();
    }
  }

  @Test
  void loadOutlivingItsTimeout_isInterruptedAndRecordedWhileTheOldValueStays() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    AtomicInteger calls = new AtomicInteger();
    try (ThreadedViewRuntime runtime = ThreadedViewRuntime.withWorkers(2)) {
      RefreshingView<String> view =
          runtime
              .scheduler()
              .view(
                  new ViewDefinition<>(
                      "slow",
                      previous -> {
                        if (calls.incrementAndGet() == 1) {
                          return Loaded.live("first");
                        }
                        started.countDown();
                        try {
                          never.await();
                        } catch (InterruptedException e) {
                          interrupted.set(true);
                          throw e;
                        }
                        return Loaded.live("never");
                      },
                      POLICY,
                      new RefreshSchedule(
                          Duration.ofHours(1), Duration.ofMillis(200), Duration.ofSeconds(1))));
      view.refreshNow().get(5, TimeUnit.SECONDS);

      CompletableFuture<RefreshOutcome> slow = view.refreshNow();
      RefreshOutcome outcome = slow.get(10, TimeUnit.SECONDS);

      assertThat(outcome.status()).isEqualTo(Status.TIMED_OUT);
      assertThat(outcome.errorMessage()).contains("load timed out after PT0.2S");
      await().atMost(Duration.ofSeconds(5)).untilTrue(interrupted);
      assertThat(view.snapshot().value()).contains("first");
      assertThat(view.snapshot().lastError().orElseThrow().message())
          .isEqualTo("load timed out after PT0.2S");
      assertThat(view.statistics().loadTimeouts()).isEqualTo(1);
      assertThat(view.isLoading()).isFalse();
    }
  }
}
