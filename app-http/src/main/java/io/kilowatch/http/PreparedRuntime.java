package io.kilowatch.http;

import io.kilowatch.config.Settings;
import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.RuntimeOptions;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The runtime (adapters, views, {@code Dashboard}) being built on its own thread while Micronaut
 * starts: on two cores the two overlap, and the first response comes sooner. {@link
 * KilowatchServer} starts one; {@link RuntimeFactory} takes it.
 */
final class PreparedRuntime {

  private final CompletableFuture<KilowatchRuntime> runtime = new CompletableFuture<>();

  private PreparedRuntime() {}

  /**
   * Starts building and starting the runtime of {@code settings} with {@code options} on the system
   * clock now, on a new thread.
   */
  static PreparedRuntime startBuilding(Settings settings, RuntimeOptions options) {
    PreparedRuntime prepared = new PreparedRuntime();
    Thread builder =
        new Thread(
            () -> {
              try {
                prepared.runtime.complete(
                    KilowatchRuntime.create(settings, Clock.systemUTC(), options).start());
              } catch (RuntimeException | Error e) {
                prepared.runtime.completeExceptionally(e);
              }
            },
            "kilowatch-runtime-builder");
    builder.setDaemon(true);
    builder.start();
    return prepared;
  }

  /** The runtime, once built; rethrows what building it threw. */
  KilowatchRuntime await() {
    try {
      return runtime.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
