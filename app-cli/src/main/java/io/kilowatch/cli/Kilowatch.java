package io.kilowatch.cli;

import io.kilowatch.runtime.report.CacheState;
import io.kilowatch.runtime.report.RefreshResult;

/**
 * What the commands read: a Kilowatch embedded in this process or a server at {@code --url}. Both
 * answer with the same records, so every command works the same either way.
 */
interface Kilowatch extends AutoCloseable {

  /** Every view's state, age, version, counters and last error. */
  CacheState cache();

  /** Loads every view now and tells how each load ended. */
  RefreshResult refresh();

  /**
   * Deletes the views' stored snapshots, so that the next start is cold.
   *
   * @throws CliException where there is no local store to clear (a server at {@code --url})
   */
  default ClearedSnapshots clearSnapshots() {
    throw new CliException(ExitCodes.USAGE, "this Kilowatch keeps no snapshots to clear");
  }

  @Override
  void close();
}
