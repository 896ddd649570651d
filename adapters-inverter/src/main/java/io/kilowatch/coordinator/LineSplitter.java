package io.kilowatch.coordinator;

import io.kilowatch.core.port.LogQuery;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a stream of bytes, fed in pieces, into lines: split on {@code \n}, decoded as UTF-8,
 * trailing white space stripped, kept when they pass a query's level filter. A line still missing
 * its newline is held back until it is complete (or longer than {@link
 * ReverseLineReader#MAX_LINE_BYTES}, when it is cut). Not thread-safe.
 */
final class LineSplitter {

  private final LogQuery query;
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

  LineSplitter(LogQuery query) {
    this.query = query;
  }

  /** Adds {@code bytes[0, length)}, appending each line it completes to {@code lines}. */
  void feed(byte[] bytes, int length, List<String> lines) {
    int lineStart = 0;
    for (int i = 0; i < length; i++) {
      if (bytes[i] == '\n') {
        partial.write(bytes, lineStart, i - lineStart);
        emit(lines);
        lineStart = i + 1;
      }
    }
    partial.write(bytes, lineStart, length - lineStart);
    if (partial.size() > ReverseLineReader.MAX_LINE_BYTES) {
      emit(lines);
    }
  }

  /** Ends the line held back, if any (its source ended without a final newline). */
  void finish(List<String> lines) {
    if (partial.size() > 0) {
      emit(lines);
    }
  }

  /** Forgets the line held back (its source was truncated). */
  void reset() {
    partial.reset();
  }

  private void emit(List<String> lines) {
    String line = partial.toString(StandardCharsets.UTF_8).stripTrailing();
    partial.reset();
    if (query.matches(line)) {
      lines.add(line);
    }
  }
}
