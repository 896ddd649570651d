package io.kilowatch.core.view;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.freshness.Snapshot;
import java.util.concurrent.Callable;

/**
 * Loads the next value of a view. Called on a worker thread, never on a reader's thread, and never
 * concurrently with itself for the same view (while a load is running, refresh requests join it).
 *
 * <p>A load that throws, returns {@code null} or outlives the view's load timeout keeps the
 * previous value and is recorded as the view's last error. On timeout and on shutdown the loading
 * thread is interrupted: a well-behaved loader lets {@link InterruptedException} (or an interrupted
 * I/O exception) propagate.
 *
 * @param <T> the type of the value
 */
@FunctionalInterface
public interface ViewLoader<T> {

  /**
   * Loads the next value.
   *
   * @param previous the view's current snapshot (possibly missing), for loaders that can reuse the
   *     old value (Caffeine's {@code reload(key, oldValue)} idea)
   * @return the new value and its origin; never {@code null}
   * @throws Exception any failure; the view keeps its previous value and records the message
   */
  Loaded<T> load(Snapshot<T> previous) throws Exception;

  /** A loader whose every value comes live from {@code supplier}. */
  static <T> ViewLoader<T> live(Callable<T> supplier) {
    requireNonNull(supplier, "'supplier' must not be null");
    return previous -> Loaded.live(supplier.call());
  }
}
