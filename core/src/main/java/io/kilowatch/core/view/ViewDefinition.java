package io.kilowatch.core.view;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.freshness.FreshnessPolicy;

/**
 * Everything needed to create a {@link RefreshingView}.
 *
 * @param name unique among the views of a scheduler; used in reports, events and as the snapshot
 *     store key; see {@link ViewNames}
 * @param loader produces each new value
 * @param policy classifies the age of the value
 * @param schedule when loads happen
 */
public record ViewDefinition<T>(
    String name, ViewLoader<T> loader, FreshnessPolicy policy, RefreshSchedule schedule) {

  public ViewDefinition {
    ViewNames.requireValid(name);
    requireNonNull(loader, "'loader' must not be null");
    requireNonNull(policy, "'policy' must not be null");
    requireNonNull(schedule, "'schedule' must not be null");
  }
}
