package io.kilowatch.core.view;

/**
 * Told about every load of every view of a {@link ViewScheduler} that changed the view's snapshot:
 * a new value ({@code LOADED}) or a new error ({@code FAILED}, {@code TIMED_OUT}). Called on the
 * loading thread after the snapshot changed; it must be quick and must not block. An exception
 * thrown here is logged and otherwise ignored. Used for change events (SSE) and metrics.
 */
@FunctionalInterface
public interface RefreshListener {

  /** Called with the outcome of a load that changed the view's snapshot. */
  void onRefresh(RefreshOutcome outcome);
}
