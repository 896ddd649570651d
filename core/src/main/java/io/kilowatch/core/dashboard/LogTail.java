package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The last lines of one log as {@link LogViews} holds them in memory.
 *
 * @param exists whether the log exists; {@code false} when there is no log of that name (yet), in
 *     which case {@code lines} is empty
 * @param lines the newest lines passing the view's level filter, oldest first, without line endings
 *     or trailing white space; at most the views' maximum
 */
public record LogTail(boolean exists, List<String> lines) {

  /** A log that does not exist. */
  public static final LogTail ABSENT = new LogTail(false, List.of());

  public LogTail {
    lines = List.copyOf(requireNonNull(lines, "'lines' must not be null"));
    if (!exists && !lines.isEmpty()) {
      throw new IllegalArgumentException(
          "a log that does not exist has no lines, but " + lines.size() + " were given");
    }
  }

  /** The last {@code count} lines (all of them when there are fewer), oldest first. */
  public List<String> last(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("'count' must not be negative, but was " + count);
    }
    return lines.subList(Math.max(0, lines.size() - count), lines.size());
  }
}
