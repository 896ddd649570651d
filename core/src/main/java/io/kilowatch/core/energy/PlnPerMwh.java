package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A wholesale (market) energy price in PLN per MWh, as the PSE publishes it. May be negative or
 * zero. Exact: the value is kept as a {@link BigDecimal} with trailing zeros stripped, so {@code
 * 527.82000} equals {@code 527.82}.
 *
 * @param value PLN/MWh
 */
public record PlnPerMwh(BigDecimal value) implements Comparable<PlnPerMwh> {

  public PlnPerMwh {
    requireNonNull(value, "'value' must not be null");
    value = value.stripTrailingZeros();
  }

  /** The price {@code text} PLN/MWh, e.g. {@code "548.96"}. */
  public static PlnPerMwh of(String text) {
    requireNonNull(text, "'text' must not be null");
    return new PlnPerMwh(new BigDecimal(text));
  }

  /** The same price in PLN/kWh (divided by 1000, exactly). */
  public PlnPerKwh toPlnPerKwh() {
    return new PlnPerKwh(value.movePointLeft(3));
  }

  @Override
  public int compareTo(PlnPerMwh other) {
    return value.compareTo(other.value);
  }

  /** {@code 548.96 PLN/MWh}. */
  @Override
  public String toString() {
    return value.toPlainString() + " PLN/MWh";
  }
}
