package io.kilowatch.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.testing.ThreadedViewRuntime;
import io.kilowatch.core.view.RefreshOutcome.Status;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

  @Test
  void refreshNow_from100ThreadsAtOnce_causesExactlyOneLoadWhoseOutcomeAllShare() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    int callers = 100;
    ExecutorService threads = Executors.newFixedThreadPool(callers);
    try (ThreadedViewRuntime runtime = ThreadedViewRuntime.withWorkers(2)) {
      RefreshingView<Integer> view =
          runtime
              .scheduler()
              .view(
                  new ViewDefinition<>(
                      "prices",
                      previous -> {
                        int load = loads.incrementAndGet();
                        release.await();
                        return Loaded.live(load);
                      },
                      FreshnessPolicy.of(Duration.ofMinutes(5), Duration.ofHours(1)),
                      RefreshSchedule.every(Duration.ofMinutes(5))));
      CyclicBarrier together = new CyclicBarrier(callers);
      CountDownLatch allCalled = new CountDownLatch(callers);
      List<CompletableFuture<RefreshOutcome>> outcomes = new CopyOnWriteArrayList<>();
      for (int i = 0; i < callers; i++) {
        threads.execute(
            () -> {
              try {
                together.await(10, TimeUnit.SECONDS);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
              outcomes.add(view.refreshNow());
              allCalled.countDown();
            });
      }
      assertThat(allCalled.await(10, TimeUnit.SECONDS)).isTrue();
      release.countDown();

      for (CompletableFuture<RefreshOutcome> outcome : outcomes) {
        RefreshOutcome result = outcome.get(10, TimeUnit.SECONDS);
        assertThat(result.status()).isEqualTo(Status.LOADED);
        assertThat(result.version()).isEqualTo(1);
      }
      assertThat(loads).hasValue(1);
      assertThat(view.snapshot().value()).contains(1);
    } finally {
      threads.shutdownNow();
    }
  }
}
