package io.kilowatch.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.testing.ThreadedViewRuntime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConcurrentReadStressTest {

  private static final int READERS = 8;
  private static final int REFRESHERS = 2;
  private static final Duration RUN_FOR = Duration.ofSeconds(3);

  /** A value whose parts must always agree with each other and with the snapshot's version. */
  record Reading(long sequence, long doubled, String label) {}

  @Test
  void readersDuringForcedRefreshes_alwaysSeeWholeSnapshotsAndVersionsNeverGoBack()
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(READERS + REFRESHERS);
    AtomicBoolean running = new AtomicBoolean(true);
    try (ThreadedViewRuntime runtime = ThreadedViewRuntime.withWorkers(2)) {
      RefreshingView<Reading> view =
          runtime
              .scheduler()
              .view(
                  new ViewDefinition<>(
                      "stress",
                      previous -> {
                        long next = previous.version() + 1;
                        return Loaded.live(new Reading(next, next * 2, "reading-" + next));
                      },
                      FreshnessPolicy.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                      new RefreshSchedule(
                          Duration.ofMillis(1), Duration.ofSeconds(10), Duration.ofMillis(1))));
      runtime.scheduler().start();

      List<Future<Long>> readers = new ArrayList<>();
      for (int i = 0; i < READERS; i++) {
        readers.add(threads.submit(() -> readUntilStopped(view, running)));
      }
      List<Future<Long>> refreshers = new ArrayList<>();
      for (int i = 0; i < REFRESHERS; i++) {
        refreshers.add(
            threads.submit(
                () -> {
                  long refreshes = 0;
                  while (running.get()) {
                    view.refreshNow().get(10, TimeUnit.SECONDS);
                    refreshes++;
                  }
                  return refreshes;
                }));
      }
      long deadline = System.nanoTime() + RUN_FOR.toNanos();
      while (System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      running.set(false);

      long reads = 0;
      for (Future<Long> reader : readers) {
        reads += reader.get(10, TimeUnit.SECONDS);
      }
      long refreshes = 0;
      for (Future<Long> refresher : refreshers) {
        refreshes += refresher.get(10, TimeUnit.SECONDS);
      }
      assertThat(reads).isGreaterThan(10_000);
      assertThat(refreshes).isGreaterThan(100);
      assertThat(view.snapshot().version()).isGreaterThan(100);
      assertThat(view.statistics().loadsFailed())
          .as("failed loads, last error %s", view.snapshot().lastError())
          .isZero();
    } finally {
      threads.shutdownNow();
    }
  }

  private static long readUntilStopped(RefreshingView<Reading> view, AtomicBoolean running) {
    long lastVersion = 0;
    long reads = 0;
    while (running.get()) {
      Snapshot<Reading> snapshot = view.snapshot();
      long version = snapshot.version();
      if (version < lastVersion) {
        throw new AssertionError("version went back from " + lastVersion + " to " + version);
      }
      lastVersion = version;
      snapshot
          .value()
          .ifPresent(
              reading -> {
                if (reading.sequence() != version
                    || reading.doubled() != version * 2
                    || !reading.label().equals("reading-" + version)) {
                  throw new AssertionError("torn snapshot " + snapshot);
                }
              });
      reads++;
    }
    return reads;
  }
}
