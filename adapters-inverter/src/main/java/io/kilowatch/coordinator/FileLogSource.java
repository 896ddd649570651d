package io.kilowatch.coordinator;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.port.LogFile;
import io.kilowatch.core.port.LogFollower;
import io.kilowatch.core.port.LogQuery;
import io.kilowatch.core.port.LogSource;
import io.kilowatch.core.port.LogSourceException;
import io.kilowatch.core.port.LogSourceException.Reason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The coordinator's log files in one directory (its {@code logs/}).
 *
 * <ul>
 *   <li>Names are plain file names inside the directory: {@code ../x}, absolute paths and symbolic
 *       links leading out of the directory are refused ({@link Reason#REFUSED}) before anything is
 *       opened; a missing file is {@link Reason#NOT_FOUND}.
 *   <li>{@link #tail} reads backwards from the end in blocks: the last 100 lines of a 1 GiB log
 *       cost a few kilobytes of reading (see BENCHMARKS.md). The level filter is {@link
 *       LogQuery#matches}; with a filter, reading goes back until enough lines match.
 *   <li>{@link #follow} survives rotation (rename and recreate) and truncation.
 *   <li>{@link #logs} lists the {@code *.log} files with size and modification time.
 * </ul>
 *
 * <p>Thread-safe; no shell, no external command.
 */
public final class FileLogSource implements LogSource {

  private final LogDirectory directory;

  /**
   * @param directory the directory holding the log files
   */
  public FileLogSource(Path directory) {
    this.directory = new LogDirectory(requireNonNull(directory, "'directory' must not be null"));
  }

  @Override
  public List<LogFile> logs() {
    return directory.list();
  }

  @Override
  public List<String> tail(LogQuery query) {
    requireNonNull(query, "'query' must not be null");
    Path file = directory.resolve(query.log());
    try (ReverseLineReader reader = ReverseLineReader.open(file)) {
      return LogTail.read(reader, query);
    } catch (IOException e) {
      throw new LogSourceException(
          Reason.FAILED, "cannot read log '" + query.log() + "': " + e.getMessage(), e);
    }
  }

  @Override
  public LogFollower follow(LogQuery query) {
    requireNonNull(query, "'query' must not be null");
    Path file = directory.resolve(query.log());
    try {
      return FileLogFollower.start(file, query);
    } catch (IOException e) {
      throw new LogSourceException(
          Reason.FAILED, "cannot follow log '" + query.log() + "': " + e.getMessage(), e);
    }
  }
}
