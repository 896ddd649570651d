package io.kilowatch.http;

import io.kilowatch.http.ErrorResponses.BadRequest;
import io.kilowatch.runtime.api.LogNames;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of {@code GET /logs}, checked: a bad value is a {@link BadRequest} naming the
 * parameter.
 *
 * @param file the {@code file} key as given ({@code master} when absent)
 * @param lines how many lines, 1 to the maximum ({@value #DEFAULT_LINES} when absent)
 * @param level {@code ERROR}, {@code WARNING}, {@code INFO} or {@code DEBUG}, or {@code null} for
 *     every line
 * @param follow whether to stream new lines as server-sent events
 */
record LogParameters(String file, int lines, @Nullable String level, boolean follow) {

  static final int DEFAULT_LINES = 100;

  private static final Set<String> LEVELS = Set.of("ERROR", "WARNING", "INFO", "DEBUG");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

  /** Checks the raw query values; {@code maximumLines} is the most lines a tail holds. */
  static LogParameters parse(
      @Nullable String file,
      @Nullable String lines,
      @Nullable String level,
      @Nullable String follow,
      int maximumLines) {
    return new LogParameters(
        file == null || file.isBlank() ? LogNames.DEFAULT_KEY : file.trim(),
        lines(lines, maximumLines),
        level(level),
        follow(follow));
  }

  /** The level filter as the response shows it: the level, or empty. */
  String levelFilter() {
    return level == null ? "" : level;
  }

  private static int lines(@Nullable String value, int maximum) {
    if (value == null || value.isBlank()) {
      return DEFAULT_LINES;
    }
    String trimmed = value.trim();
    int lines = DIGITS.matcher(trimmed).matches() ? Integer.parseInt(trimmed) : -1;
    if (lines < 1 || lines > maximum) {
      throw new BadRequest(
          "lines",
          "parameter 'lines' must be a whole number from 1 to "
              + maximum
              + ", but was '"
              + shown(value)
              + "'");
    }
    return lines;
  }

  private static @Nullable String level(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String upper = value.trim().toUpperCase(Locale.ROOT);
    if (!LEVELS.contains(upper)) {
      throw new BadRequest(
          "level",
          "parameter 'level' must be ERROR, WARNING, INFO, DEBUG or empty, but was '"
              + shown(value)
              + "'");
    }
    return upper;
  }

  private static boolean follow(@Nullable String value) {
    if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("false")) {
      return false;
    }
    if (value.trim().equalsIgnoreCase("true")) {
      return true;
    }
    throw new BadRequest(
        "follow", "parameter 'follow' must be true or false, but was '" + shown(value) + "'");
  }

  /** A value as an error message shows it: control characters replaced, at most 80 characters. */
  static String shown(String value) {
    String printable = value.replaceAll("\\p{Cntrl}", "?");
    return printable.length() <= 80 ? printable : printable.substring(0, 80) + "...";
  }
}
