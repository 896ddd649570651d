package io.kilowatch.core.port;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which lines of a log to read: the last {@code lines} lines of {@code log}, optionally only those
 * of one level.
 *
 * <p><b>Level filter</b> (the one rule for every {@link LogSource}): a line passes when it contains
 * the level in upper case, e.g. {@code ERROR} — how the coordinator's Python logging writes levels
 * ({@code 2025-11-18 14:07:29,105 - master_coordinator - ERROR - ...}). Matching is case-sensitive
 * so that prose such as "no error" does not count as an error line.
 *
 * @param log the log's name; not blank (whether it exists and is allowed is for the source to say)
 * @param lines how many lines, 1 to {@value #MAX_LINES}
 * @param level the level to keep, letters only, any case (stored in upper case), or {@code null}
 *     for all lines
 */
public record LogQuery(String log, int lines, @Nullable String level) {

  /** The most lines one query may ask for. */
  public static final int MAX_LINES = 10_000;

  /** How many lines a query asks for when the caller does not say. */
  public static final int DEFAULT_LINES = 100;

  private static final Pattern LEVEL = Pattern.compile("[A-Za-z]{1,20}");

  public LogQuery {
    requireNonNull(log, "'log' must not be null");
    if (log.isBlank()) {
      throw new IllegalArgumentException("'log' must not be blank");
    }
    if (lines < 1 || lines > MAX_LINES) {
      throw new IllegalArgumentException(
          "'lines' must be within [1, " + MAX_LINES + "], but was " + lines);
    }
    if (level != null) {
      if (!LEVEL.matcher(level).matches()) {
        throw new IllegalArgumentException(
            "'level' must be 1 to 20 letters (e.g. ERROR), but was '" + level + "'");
      }
      level = level.toUpperCase(Locale.ROOT);
    }
  }

  /** The last {@code lines} lines of {@code log}, unfiltered. */
  public static LogQuery last(String log, int lines) {
    return new LogQuery(log, lines, null);
  }

  /** The level filter, if any (upper case). */
  public Optional<String> levelFilter() {
    return Optional.ofNullable(level);
  }

  /** Whether {@code line} passes this query's level filter. */
  public boolean matches(String line) {
    requireNonNull(line, "'line' must not be null");
    return level == null || line.contains(level);
  }
}
