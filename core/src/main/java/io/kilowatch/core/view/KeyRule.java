package io.kilowatch.core.view;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.freshness.FreshnessPolicy;

/**
 * How one key of a {@link ViewFamily} is kept: refreshed on a schedule like any view, or loaded
 * once and never reloaded because its value cannot change (a past month, a published price day).
 *
 * @param policy classifies the age of the key's value
 * @param schedule when it loads; for immutable keys only its load timeout and backoff are used, to
 *     retry failed loads
 * @param reloads whether the key reloads after a successful load
 */
public record KeyRule(FreshnessPolicy policy, RefreshSchedule schedule, boolean reloads) {

  public KeyRule {
    requireNonNull(policy, "'policy' must not be null");
    requireNonNull(schedule, "'schedule' must not be null");
    if (!reloads && !policy.equals(FreshnessPolicy.IMMUTABLE)) {
      throw new IllegalArgumentException(
          "a key that never reloads must use FreshnessPolicy.IMMUTABLE, but had " + policy);
    }
  }

  /** A key refreshed on {@code schedule}, its age judged by {@code policy}. */
  public static KeyRule refreshing(FreshnessPolicy policy, RefreshSchedule schedule) {
    return new KeyRule(policy, schedule, true);
  }

  /**
   * A key loaded once and never reloaded; failed loads are retried with {@code retries}' backoff.
   */
  public static KeyRule immutable(RefreshSchedule retries) {
    return new KeyRule(FreshnessPolicy.IMMUTABLE, retries, false);
  }
}
