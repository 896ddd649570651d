package io.kilowatch.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the newest complete state record in one {@code coordinator_state_*.json} file, whichever of
 * the two formats it has: one pretty-printed object per file (the coordinator's own fallback), or
 * JSON Lines with the newest record last (the legacy file storage). A file being written (empty, or
 * its last line torn) yields the newest record that is complete, or none.
 */
final class StateFileReader {

  /** Larger files are never parsed whole (a pretty record is a few tens of KB). */
  static final long WHOLE_FILE_LIMIT = 16L * 1024 * 1024;

  /** How far back a JSON Lines file is searched for a complete record. */
  static final int MAX_LINES_BACK = 1_000;

  private StateFileReader() {}

  /** The newest complete record in {@code file}, or empty if it holds none. */
  static Optional<JsonNode> newestRecord(Path file) throws IOException {
    long size = Files.size(file);
    if (size == 0) {
      return Optional.empty();
    }
    try (ReverseLineReader lines = ReverseLineReader.open(file)) {
      Optional<String> last = nonBlank(lines);
      if (last.isEmpty()) {
        return Optional.empty();
      }
      Optional<JsonNode> lastRecord = record(last.get());
      if (lastRecord.isPresent()) {
        return lastRecord;
      }
      if (size <= WHOLE_FILE_LIMIT) {
        Optional<JsonNode> whole =
            CoordinatorJson.object(Files.readAllBytes(file)).filter(StateFileReader::isRecord);
        if (whole.isPresent()) {
          return whole;
        }
      }
      // JSON Lines whose last line is still being written: the line before is the newest record.
      for (int i = 0; i < MAX_LINES_BACK; i++) {
        Optional<String> line = nonBlank(lines);
        if (line.isEmpty()) {
          return Optional.empty();
        }
        Optional<JsonNode> record = record(line.get());
        if (record.isPresent()) {
          return record;
        }
      }
      return Optional.empty();
    }
  }

  private static Optional<String> nonBlank(ReverseLineReader lines) throws IOException {
    Optional<String> line = lines.previous();
    while (line.isPresent() && line.get().isBlank()) {
      line = lines.previous();
    }
    return line;
  }

  private static Optional<JsonNode> record(String line) {
    String trimmed = line.strip();
    if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
      return Optional.empty();
    }
    return CoordinatorJson.object(trimmed).filter(StateFileReader::isRecord);
  }

  /** A state record has a {@code current_data} object (the lines of a pretty file never do). */
  private static boolean isRecord(JsonNode node) {
    JsonNode data = node.get("current_data");
    return data != null && data.isObject();
  }
}
