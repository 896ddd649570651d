package io.kilowatch.core.energy;

import java.math.BigDecimal;

/**
 * Unit rules for power the coordinator recorded, shared by every adapter so that files and database
 * agree.
 *
 * <p>Charging decisions' {@code pv_power} and {@code house_consumption} were watts before
 * 2026-01-06 and kilowatts after, with no marker in the record (and installations update late, so
 * the date cannot decide). A house installation does not produce or draw more than {@value
 * #DECISION_KILOWATT_LIMIT} kW, so a larger number must be watts: see {@link
 * #decisionPowerToWatts}. Selling decisions and state records name their unit ({@code _w}, {@code
 * _kw}) or always used watts.
 */
public final class PowerUnits {

  /** Decision power above this is watts; up to it, kilowatts. */
  public static final double DECISION_KILOWATT_LIMIT = 50;

  private PowerUnits() {}

  /**
   * The watts meant by a charging decision's recorded power. Values up to {@value
   * #DECISION_KILOWATT_LIMIT} are read as kW, larger ones as W. (A W-era reading of, say, 30 W
   * therefore becomes 30 kW: the record cannot tell. Zero is zero in both units, and W-era values
   * are rarely that small while the sun shines or the house draws power.)
   */
  public static double decisionPowerToWatts(double recorded) {
    requireFinite(recorded, "recorded");
    return Math.abs(recorded) > DECISION_KILOWATT_LIMIT ? recorded : kilowattsToWatts(recorded);
  }

  /**
   * {@code kilowatts} × 1000, computed in decimal so that a reading recorded in kW equals the same
   * reading recorded in W (2.184 kW gives exactly 2184.0 W, not 2184.0000000000005).
   */
  public static double kilowattsToWatts(double kilowatts) {
    requireFinite(kilowatts, "kilowatts");
    return new BigDecimal(Double.toString(kilowatts)).movePointRight(3).doubleValue();
  }

  private static void requireFinite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("'" + name + "' must be finite, but was " + value);
    }
  }
}
