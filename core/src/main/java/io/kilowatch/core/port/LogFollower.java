package io.kilowatch.core.port;

import java.util.List;

/**
 * Follows one log, as {@code tail -F} does: each {@link #poll()} returns the new lines. Not
 * thread-safe: one caller polls (e.g. every 100 ms) and closes it. Pull-based, so the caller owns
 * the threads and the pace.
 */
public interface LogFollower extends AutoCloseable {

  /**
   * The first call returns the query's tail; each later call the complete lines (passing the
   * filter) written since the previous call, oldest first, possibly none. A line still being
   * written is returned once it ends. Never blocks for long.
   *
   * @throws LogSourceException if the log can no longer be followed (e.g. the journal process
   *     ended); the follower is then done
   */
  List<String> poll();

  /** Stops following and frees what the follower holds (files, a child process). Idempotent. */
  @Override
  void close();
}
