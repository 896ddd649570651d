package io.kilowatch.core.view;

import io.kilowatch.core.freshness.Snapshot;

/**
 * Loads the value of one key of a {@link ViewFamily}. The same rules as {@link ViewLoader} apply:
 * called on a worker thread, never concurrently for the same key, interrupted on timeout.
 *
 * @param <K> the key type; immutable
 * @param <T> the value type; immutable
 */
@FunctionalInterface
public interface KeyedLoader<K, T> {

  /**
   * Loads the value of {@code key}.
   *
   * @param previous the key's current snapshot, possibly missing
   * @return the value and its origin; never {@code null}
   * @throws Exception any failure; the key keeps its previous value and records the message
   */
  Loaded<T> load(K key, Snapshot<T> previous) throws Exception;
}
