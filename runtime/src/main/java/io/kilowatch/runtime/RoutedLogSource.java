package io.kilowatch.runtime;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.port.LogFile;
import io.kilowatch.core.port.LogFollower;
import io.kilowatch.core.port.LogQuery;
import io.kilowatch.core.port.LogSource;
import java.util.List;
import java.util.Set;

/**
 * The coordinator's logs as one {@link LogSource}: the journal units by their unit names, every
 * other name a file of the log directory. The list is the files' (the journal has no files).
 */
final class RoutedLogSource implements LogSource {

  private final LogSource files;
  private final LogSource journal;
  private final Set<String> journalUnits;

  RoutedLogSource(LogSource files, LogSource journal, Set<String> journalUnits) {
    this.files = requireNonNull(files, "'files' must not be null");
    this.journal = requireNonNull(journal, "'journal' must not be null");
    this.journalUnits = Set.copyOf(requireNonNull(journalUnits, "'journalUnits' must not be null"));
  }

  @Override
  public List<LogFile> logs() {
    return files.logs();
  }

  @Override
  public List<String> tail(LogQuery query) {
    return sourceOf(query).tail(query);
  }

  @Override
  public LogFollower follow(LogQuery query) {
    return sourceOf(query).follow(query);
  }

  private LogSource sourceOf(LogQuery query) {
    requireNonNull(query, "'query' must not be null");
    return journalUnits.contains(query.log()) ? journal : files;
  }
}
