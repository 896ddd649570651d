package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

/**
 * Refresh settings of the views whose schedule the coordinator's dashboard also configures.
 *
 * @param inverter the inverter / current-state view
 * @param price today's and tomorrow's prices
 * @param metrics the decision metrics
 * @param coordinatorPid the coordinator process probe
 */
public record ViewSettings(
    RefreshSettings inverter,
    RefreshSettings price,
    RefreshSettings metrics,
    RefreshSettings coordinatorPid) {

  public ViewSettings {
    requireNonNull(inverter, "'inverter' must not be null");
    requireNonNull(price, "'price' must not be null");
    requireNonNull(metrics, "'metrics' must not be null");
    requireNonNull(coordinatorPid, "'coordinatorPid' must not be null");
  }
}
