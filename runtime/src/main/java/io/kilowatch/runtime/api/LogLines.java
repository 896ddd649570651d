package io.kilowatch.runtime.api;

import io.kilowatch.core.dashboard.LogTail;
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

  /**
   * The name of the response of the last {@code lines} lines of {@code log} at {@code levelFilter}
   * (empty for all): one tail shown in several ways.
   */
  public static String responseName(String log, String levelFilter, int lines) {
    return "logs/" + log + ":" + levelFilter + "?lines=" + lines;
  }

  /** The body of the last {@code lines} lines of a tail, for the log shown as {@code logFile}. */
  public static ViewBody<LogTail> body(String logFile, String levelFilter, int lines) {
    return ViewBody.of(
        (LogTail tail) -> of(logFile, levelFilter, tail.last(lines)),
        missing -> of(logFile, levelFilter, List.of()));
  }

  /** The body of {@code lines} of the log shown as {@code logFile}. */
  public static LogLines of(String logFile, String levelFilter, List<String> lines) {
    return new LogLines(logFile, NOT_COUNTED, NOT_COUNTED, lines.size(), levelFilter, lines);
  }
}
