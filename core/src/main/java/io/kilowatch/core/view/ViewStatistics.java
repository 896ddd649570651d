package io.kilowatch.core.view;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Counters of one view since it was created.
 *
 * @param reads snapshot reads
 * @param loadsSucceeded loads that swapped in a new value
 * @param loadsFailed loads that failed, including timeouts
 * @param loadTimeouts loads abandoned because they outlived the load timeout
 * @param lastLoadDuration how long the last finished load took; zero before the first
 */
public record ViewStatistics(
    long reads,
    long loadsSucceeded,
    long loadsFailed,
    long loadTimeouts,
    Duration lastLoadDuration) {

  public ViewStatistics {
    requireNonNull(lastLoadDuration, "'lastLoadDuration' must not be null");
    if (reads < 0 || loadsSucceeded < 0 || loadsFailed < 0 || loadTimeouts < 0) {
      throw new IllegalArgumentException(
          "counters must not be negative, but were reads="
              + reads
              + ", loadsSucceeded="
              + loadsSucceeded
              + ", loadsFailed="
              + loadsFailed
              + ", loadTimeouts="
              + loadTimeouts);
    }
  }

  /** All loads that finished, successful or not. */
  public long loads() {
    return loadsSucceeded + loadsFailed;
  }
}
