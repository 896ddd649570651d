package io.kilowatch.core.port;

import java.util.List;

/**
 * The coordinator's logs: plain log files in a directory, or the systemd journal. A log is named by
 * a plain name (a file name such as {@code master_coordinator.log}, or a journal unit); names that
 * would leave the source (paths, {@code ..}) are refused.
 *
 * <p>Implementations must be safe for concurrent use (a {@link LogFollower} itself is used by one
 * thread at a time). Calls may block on I/O; the core calls {@link #logs()} only from a view's
 * loader.
 */
public interface LogSource {

  /**
   * The logs there are now, sorted by name.
   *
   * @return one entry per log with its size and modification time; never {@code null}; empty for a
   *     source that is not made of files (the journal)
   * @throws LogSourceException if the source cannot be listed
   */
  List<LogFile> logs();

  /**
   * The last {@code query.lines()} lines of a log that pass the query's level filter, oldest first,
   * without their line endings or trailing white space. Reads from the end: the cost grows with the
   * lines asked for, not with the size of the log (with a level filter, with how far back the
   * matching lines lie).
   *
   * @return the lines; never {@code null}, possibly empty
   * @throws LogSourceException naming the log and the {@link LogSourceException.Reason reason}
   */
  List<String> tail(LogQuery query);

  /**
   * Starts following a log. The follower's first {@link LogFollower#poll()} returns what {@link
   * #tail} would; each later poll returns the lines (passing the filter) written since the previous
   * one. The follower survives the log's rotation (renamed and recreated) and truncation.
   *
   * @return a follower; the caller closes it
   * @throws LogSourceException if the log cannot be followed
   */
  LogFollower follow(LogQuery query);
}
