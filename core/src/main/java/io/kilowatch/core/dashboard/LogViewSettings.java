package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.port.LogQuery;
import io.kilowatch.core.view.RefreshSchedule;
import java.time.Duration;

/**
 * How {@link LogViews} keep the tails of the logs.
 *
 * @param schedule how often a tail reads what was appended to its log
 * @param policy freshness of a tail, by the time of its last successful read
 * @param maximumKeys how many (log, level) tails are kept at most; the least recently read goes
 *     first
 * @param maximumLines how many of the newest lines each tail keeps
 */
public record LogViewSettings(
    RefreshSchedule schedule, FreshnessPolicy policy, int maximumKeys, int maximumLines) {

  /**
   * The defaults: every tail reads what was appended every 3 s (a read costs one look at the file's
   * size when nothing was written), may take 30 s for its first read, is stale after 30 s without a
   * successful read and expired after 5 minutes; 32 tails of 5,000 lines each at most.
   */
  public static final LogViewSettings DEFAULTS =
      new LogViewSettings(
          new RefreshSchedule(Duration.ofSeconds(3), Duration.ofSeconds(30), Duration.ofSeconds(1)),
          FreshnessPolicy.of(Duration.ofSeconds(30), Duration.ofMinutes(5)),
          32,
          5_000);

  public LogViewSettings {
    requireNonNull(schedule, "'schedule' must not be null");
    requireNonNull(policy, "'policy' must not be null");
    if (maximumKeys < 1) {
      throw new IllegalArgumentException(
          "'maximumKeys' must be at least 1, but was " + maximumKeys);
    }
    if (maximumLines < 1 || maximumLines > LogQuery.MAX_LINES) {
      throw new IllegalArgumentException(
          "'maximumLines' must be within [1, " + LogQuery.MAX_LINES + "], but was " + maximumLines);
    }
  }
}
