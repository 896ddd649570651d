package io.kilowatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.kilowatch.runtime.report.CacheState;
import io.kilowatch.runtime.report.RefreshResult;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What the commands read: a Kilowatch embedded in this process or a server at {@code --url}. Both
 * answer with the same records and the same bodies (the HTTP API's, see {@code
 * io.kilowatch.runtime.api}), so every command works and prints the same either way.
 */
interface Kilowatch extends AutoCloseable {

  /** Every view's state, age, version, counters and last error. */
  CacheState cache();

  /** Loads every view now and tells how each load ended. */
  RefreshResult refresh();

  /** The body of {@code GET /current-state}. */
  JsonNode state();

  /**
   * The body of {@code GET /prices}.
   *
   * @throws CliException exit 66 when the day is not held
   */
  JsonNode prices(PriceRequest request);

  /** The body of {@code GET /monthly-summary} for {@code month}, or the current month if null. */
  JsonNode summary(@Nullable YearMonth month);

  /** The body of {@code GET /decisions} for the window {@code timeRange} (24h or 7d). */
  JsonNode decisions(String timeRange);

  /**
   * The body of {@code GET /logs}.
   *
   * @throws CliException exit 66 when the log does not exist
   */
  JsonNode logs(LogRequest request);

  /**
   * Follows a log ({@code GET /logs?follow=true}): hands the last lines, then every new line, to
   * {@code lines}, until the stream ends or the thread is interrupted.
   */
  void follow(LogRequest request, Consumer<String> lines);

  /**
   * Whether the coordinator's process runs, by Kilowatch's last check of it (read after {@link
   * #cache()} has loaded the views); empty when not known (never checked, or not available here).
   */
  default Optional<Boolean> coordinatorRunning() {
    return Optional.empty();
  }

  /**
   * Deletes the views' stored snapshots, so that the next start is cold.
   *
   * @throws CliException where there is no local store to clear (a server at {@code --url})
   */
  default ClearedSnapshots clearSnapshots() {
    throw new CliException(ExitCodes.USAGE, "this Kilowatch keeps no snapshots to clear");
  }

  @Override
  void close();

  /**
   * Which prices: {@code day} today, tomorrow or a date; {@code window} such as 2h; {@code tariff}
   * a tariff's name, or null for the configured one. Checked by the caller.
   */
  record PriceRequest(String day, String window, @Nullable String tariff) {}

  /** Which log lines: the {@code file} key, how many lines, the level or null for all. */
  record LogRequest(String file, int lines, @Nullable String level) {}
}
