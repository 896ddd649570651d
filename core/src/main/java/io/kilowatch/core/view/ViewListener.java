package io.kilowatch.core.view;

import io.kilowatch.core.freshness.Snapshot;

/**
 * Told about every new value of a view, after it was swapped in and before the refresh that
 * produced it completes. Called on the loading worker thread; it must be quick and must not block
 * on other views. An exception thrown here is logged and otherwise ignored.
 */
@FunctionalInterface
public interface ViewListener<T> {

  /** Called with the snapshot that was just swapped in. */
  void onSwap(String viewName, Snapshot<T> snapshot);
}
