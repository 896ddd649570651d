package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.view.RefreshSchedule;
import java.time.Duration;

/**
 * How {@link SummaryViews} keep monthly summaries.
 *
 * @param currentMonthSchedule loads of a month that is not over yet
 * @param currentMonthPolicy freshness of such a month
 * @param pastMonthRetries retries of a past month whose first load failed (a past month that loaded
 *     is never loaded again)
 * @param settleAfter how long after a month's end it is still treated as current, so that the last
 *     decisions of the month are in the coordinator's database before it is frozen; not negative
 * @param maximumMonths how many months are kept in memory at most; at least 2 (a comparison reads
 *     two)
 */
public record SummaryViewSettings(
    RefreshSchedule currentMonthSchedule,
    FreshnessPolicy currentMonthPolicy,
    RefreshSchedule pastMonthRetries,
    Duration settleAfter,
    int maximumMonths) {

  /**
   * The defaults: the current month every 5 minutes (the coordinator decides every 15), fresh for
   * 10 minutes and expired after an hour; failed past months retried within 10 minutes; a month
   * frozen an hour after its end; 36 months kept.
   */
  public static final SummaryViewSettings DEFAULTS =
      new SummaryViewSettings(
          RefreshSchedule.every(Duration.ofMinutes(5)),
          FreshnessPolicy.of(Duration.ofMinutes(10), Duration.ofHours(1)),
          RefreshSchedule.every(Duration.ofMinutes(10)),
          Duration.ofHours(1),
          36);

  public SummaryViewSettings {
    requireNonNull(currentMonthSchedule, "'currentMonthSchedule' must not be null");
    requireNonNull(currentMonthPolicy, "'currentMonthPolicy' must not be null");
    requireNonNull(pastMonthRetries, "'pastMonthRetries' must not be null");
    requireNonNull(settleAfter, "'settleAfter' must not be null");
    if (settleAfter.isNegative()) {
      throw new IllegalArgumentException(
          "'settleAfter' must not be negative, but was " + settleAfter);
    }
    if (maximumMonths < 2) {
      throw new IllegalArgumentException(
          "'maximumMonths' must be at least 2, but was " + maximumMonths);
    }
  }
}
