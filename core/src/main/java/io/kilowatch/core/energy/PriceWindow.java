package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A run of consecutive periods, e.g. the cheapest two hours of a day to charge a battery.
 *
 * @param periods the periods, consecutive and in order; at least one
 * @param average the mean final price of the periods, PLN/kWh
 */
public record PriceWindow(List<PricedPeriod> periods, PlnPerKwh average) {

  public PriceWindow {
    requireNonNull(periods, "'periods' must not be null");
    requireNonNull(average, "'average' must not be null");
    periods = List.copyOf(periods);
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("'periods' of a window must not be empty");
    }
    for (int i = 1; i < periods.size(); i++) {
      Instant previousEnd = periods.get(i - 1).period().end();
      if (!periods.get(i).period().start().equals(previousEnd)) {
        throw new IllegalArgumentException(
            "'periods' of a window must be consecutive, but "
                + periods.get(i).period()
                + " does not start at "
                + previousEnd);
      }
    }
  }

  /** The window's first instant. */
  public Instant start() {
    return periods.get(0).period().start();
  }

  /** The first instant after the window. */
  public Instant end() {
    return periods.get(periods.size() - 1).period().end();
  }

  /** The window's length. */
  public Duration duration() {
    return Duration.between(start(), end());
  }
}
