package io.kilowatch.http;

import io.kilowatch.core.freshness.Snapshot;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Answers a read of a keyed view on the event loop when its snapshot is ready, and on the blocking
 * pool only when the read must wait for a first load (a month or window not asked for before).
 * Running every such request on the blocking pool cost a thread hop each: about 45 % of {@code
 * /health}'s throughput for {@code /metrics} and {@code /monthly-summary} under load.
 */
@Singleton
final class ReadyReads {

  private final ExecutorService blocking;

  ReadyReads(@Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.blocking = blocking;
  }

  /**
   * {@code answer} of {@code ready} at once if present, else of {@code waiting} on the blocking
   * pool.
   */
  <T, R> CompletableFuture<R> answer(
      Optional<Snapshot<T>> ready, Supplier<Snapshot<T>> waiting, Function<Snapshot<T>, R> answer) {
    if (ready.isPresent()) {
      return CompletableFuture.completedFuture(answer.apply(ready.get()));
    }
    return CompletableFuture.supplyAsync(() -> answer.apply(waiting.get()), blocking);
  }
}
