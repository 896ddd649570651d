package io.kilowatch.runtime.api;

import java.util.List;

/**
 * The body of {@code GET /logs}: the last lines of one log, oldest first.
 *
 * @param logFile the log's name as shown ({@code master_coordinator.log}, {@code systemd-journal})
 * @param totalLines not counted: always {@value #NOT_COUNTED}, as in the reference
 * @param filteredLines not counted: always {@value #NOT_COUNTED}
 * @param returnedLines how many lines follow
 * @param levelFilter the level kept (ERROR, WARNING, INFO, DEBUG), or empty for every line
 */
public record LogLines(
    String logFile,
    int totalLines,
    int filteredLines,
    int returnedLines,
    String levelFilter,
    List<String> lines) {

  /** {@code total_lines} and {@code filtered_lines}: not counted, as in the reference. */
  public static final int NOT_COUNTED = -1;

  public LogLines {
    lines = List.copyOf(lines);
  }

  /** The body of {@code lines} of the log shown as {@code logFile}. */
  public static LogLines of(String logFile, String levelFilter, List<String> lines) {
    return new LogLines(logFile, NOT_COUNTED, NOT_COUNTED, lines.size(), levelFilter, lines);
  }
}
