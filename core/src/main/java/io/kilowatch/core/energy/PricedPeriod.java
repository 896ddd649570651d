package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

/**
 * A period with its final consumer price.
 *
 * @param period the period and its market price
 * @param price its final price and how it is made up
 */
public record PricedPeriod(PricePeriod period, ConsumerPrice price) {

  public PricedPeriod {
    requireNonNull(period, "'period' must not be null");
    requireNonNull(price, "'price' must not be null");
  }

  /** The final price, PLN/kWh. */
  public PlnPerKwh total() {
    return price.total();
  }
}
