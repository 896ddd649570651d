package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.view.RefreshSchedule;
import java.time.Duration;

/**
 * How often {@link CoordinatorViews} refresh and when their values turn stale.
 *
 * @param stateSchedule loads of the current state (the coordinator saves about once a minute)
 * @param statePolicy freshness of the current state, by the age of the inverter reading
 * @param probeSchedule checks whether the coordinator runs
 * @param probePolicy freshness of that check
 * @param logListSchedule listings of the log files
 * @param logListPolicy freshness of the listing
 */
public record CoordinatorViewSettings(
    RefreshSchedule stateSchedule,
    FreshnessPolicy statePolicy,
    RefreshSchedule probeSchedule,
    FreshnessPolicy probePolicy,
    RefreshSchedule logListSchedule,
    FreshnessPolicy logListPolicy) {

  /**
   * The defaults: the state every 30 s, fresh for 2 minutes and expired after 10 (the coordinator's
   * own dashboard calls a reading stale after 120 s and drops it after 600 s); the probe every
   * minute and the log list every minute, each fresh for 3 minutes and expired after 10.
   */
  public static final CoordinatorViewSettings DEFAULTS =
      new CoordinatorViewSettings(
          RefreshSchedule.every(Duration.ofSeconds(30)),
          FreshnessPolicy.of(Duration.ofMinutes(2), Duration.ofMinutes(10)),
          RefreshSchedule.every(Duration.ofMinutes(1)),
          FreshnessPolicy.of(Duration.ofMinutes(3), Duration.ofMinutes(10)),
          RefreshSchedule.every(Duration.ofMinutes(1)),
          FreshnessPolicy.of(Duration.ofMinutes(3), Duration.ofMinutes(10)));

  public CoordinatorViewSettings {
    requireNonNull(stateSchedule, "'stateSchedule' must not be null");
    requireNonNull(statePolicy, "'statePolicy' must not be null");
    requireNonNull(probeSchedule, "'probeSchedule' must not be null");
    requireNonNull(probePolicy, "'probePolicy' must not be null");
    requireNonNull(logListSchedule, "'logListSchedule' must not be null");
    requireNonNull(logListPolicy, "'logListPolicy' must not be null");
  }
}
