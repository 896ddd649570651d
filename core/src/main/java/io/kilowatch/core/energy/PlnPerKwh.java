package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A consumer-side energy price or price component in PLN per kWh (SC component, distribution rate,
 * final price). May be negative: a negative market price can make the final price negative. Exact:
 * kept as a {@link BigDecimal} with trailing zeros stripped, so {@code 0.110} equals {@code 0.11};
 * round only for display ({@link #rounded(int)}).
 *
 * @param value PLN/kWh
 */
public record PlnPerKwh(BigDecimal value) implements Comparable<PlnPerKwh> {

  /** Zero PLN/kWh. */
  public static final PlnPerKwh ZERO = new PlnPerKwh(BigDecimal.ZERO);

  /** Precision of averages (16 significant digits, like a double, but decimal). */
  static final MathContext AVERAGE_PRECISION = MathContext.DECIMAL64;

  public PlnPerKwh {
    requireNonNull(value, "'value' must not be null");
    value = value.stripTrailingZeros();
  }

  /** The price {@code text} PLN/kWh, e.g. {@code "0.3566"}. */
  public static PlnPerKwh of(String text) {
    requireNonNull(text, "'text' must not be null");
    return new PlnPerKwh(new BigDecimal(text));
  }

  /** This price plus {@code other}. */
  public PlnPerKwh plus(PlnPerKwh other) {
    return new PlnPerKwh(value.add(other.value));
  }

  /** This price times {@code factor}. */
  public PlnPerKwh times(BigDecimal factor) {
    return new PlnPerKwh(value.multiply(factor));
  }

  /** This price divided by {@code divisor}, to {@link MathContext#DECIMAL64} precision. */
  public PlnPerKwh dividedBy(int divisor) {
    if (divisor <= 0) {
      throw new IllegalArgumentException("'divisor' must be positive, but was " + divisor);
    }
    return new PlnPerKwh(value.divide(BigDecimal.valueOf(divisor), AVERAGE_PRECISION));
  }

  /** The value rounded half-up to {@code decimals} places, for display (e.g. 4 places). */
  public BigDecimal rounded(int decimals) {
    return value.setScale(decimals, RoundingMode.HALF_UP);
  }

  @Override
  public int compareTo(PlnPerKwh other) {
    return value.compareTo(other.value);
  }

  /** {@code 0.99476 PLN/kWh}. */
  @Override
  public String toString() {
    return value.toPlainString() + " PLN/kWh";
  }
}
