package io.kilowatch.coordinator;

import io.kilowatch.core.port.LogQuery;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The last lines of a file that pass a query, read backwards. */
final class LogTail {

  private LogTail() {}

  /** Up to {@code query.lines()} lines passing the filter, oldest first. */
  static List<String> read(ReverseLineReader reader, LogQuery query) throws IOException {
    Deque<String> lines = new ArrayDeque<>();
    while (lines.size() < query.lines()) {
      Optional<String> line = reader.previous();
      if (line.isEmpty()) {
        break;
      }
      if (query.matches(line.get())) {
        lines.addFirst(line.get());
      }
    }
    return List.copyOf(lines);
  }
}
