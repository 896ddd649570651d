package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.view.RefreshSchedule;
import java.time.Duration;
import java.time.LocalTime;

/**
 * How {@link PriceViews} keeps today's and tomorrow's price days.
 *
 * @param schedule when each of the two views checks its day; a check of a day already held does no
 *     I/O. Its load timeout must cover one whole {@code PriceSource} call including retries.
 * @param tomorrowPollStart local time from which tomorrow's prices are asked for (they are
 *     published on the PSE API between about 13:36 and 16:04)
 * @param pollInterval least time between two source calls for the same day (polling for tomorrow,
 *     or retrying after a failure); positive
 * @param maxSourceCallsPerDay most source calls per local day, for both views together; at least 1.
 *     A typical day takes 1 to 4; the cap holds however the source fails.
 */
public record PriceViewSettings(
    RefreshSchedule schedule,
    LocalTime tomorrowPollStart,
    Duration pollInterval,
    int maxSourceCallsPerDay) {

  /** Every 5 minutes, loads abandoned after 2 minutes. */
  public static final RefreshSchedule DEFAULT_SCHEDULE =
      RefreshSchedule.every(Duration.ofMinutes(5)).withLoadTimeout(Duration.ofMinutes(2));

  public PriceViewSettings {
    requireNonNull(schedule, "'schedule' must not be null");
    requireNonNull(tomorrowPollStart, "'tomorrowPollStart' must not be null");
    requireNonNull(pollInterval, "'pollInterval' must not be null");
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException(
          "'pollInterval' must be positive, but was " + pollInterval);
    }
    if (maxSourceCallsPerDay < 1) {
      throw new IllegalArgumentException(
          "'maxSourceCallsPerDay' must be at least 1, but was " + maxSourceCallsPerDay);
    }
  }

  /**
   * {@link #DEFAULT_SCHEDULE}, polling for tomorrow from 13:30 every 15 minutes, 12 calls a day.
   */
  public static PriceViewSettings defaults() {
    return new PriceViewSettings(
        DEFAULT_SCHEDULE, LocalTime.of(13, 30), Duration.ofMinutes(15), 12);
  }
}
