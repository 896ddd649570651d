package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.view.RefreshSchedule;
import java.time.Duration;

/**
 * How {@link DecisionViews} and {@link HistoryViews} keep their windows of recent history.
 *
 * @param schedule loads of each window
 * @param policy freshness of each window
 */
public record RecentViewSettings(RefreshSchedule schedule, FreshnessPolicy policy) {

  /**
   * The defaults: each window reloaded every minute (the coordinator decides every 15 minutes and
   * records a reading every 5), fresh for 3 minutes and expired after 30.
   */
  public static final RecentViewSettings DEFAULTS =
      new RecentViewSettings(
          RefreshSchedule.every(Duration.ofMinutes(1)),
          FreshnessPolicy.of(Duration.ofMinutes(3), Duration.ofMinutes(30)));

  public RecentViewSettings {
    requireNonNull(schedule, "'schedule' must not be null");
    requireNonNull(policy, "'policy' must not be null");
  }
}
