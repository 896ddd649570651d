package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard shows as "now": the newest inverter reading and, when prices are known, the
 * final price of electricity at the time the state was assembled.
 *
 * @param inverter the newest reading
 * @param pricePlnPerKwh the final price (market + SC component + distribution) in PLN/kWh, or
 *     {@code null} when no price is known
 */
public record CurrentState(InverterState inverter, @Nullable BigDecimal pricePlnPerKwh) {

  public CurrentState {
    requireNonNull(inverter, "'inverter' must not be null");
  }

  /** A state without a price. */
  public static CurrentState withoutPrice(InverterState inverter) {
    return new CurrentState(inverter, null);
  }

  /** The price, when known. */
  public Optional<BigDecimal> price() {
    return Optional.ofNullable(pricePlnPerKwh);
  }
}
