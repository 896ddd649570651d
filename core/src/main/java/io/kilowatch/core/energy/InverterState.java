package io.kilowatch.core.energy;

import static io.kilowatch.core.energy.Measurements.finiteOrNull;
import static io.kilowatch.core.energy.Measurements.withinOrNull;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One reading of the installation as the coordinator recorded it: battery, photovoltaics, grid and
 * house, with the day's and lifetime energy counters.
 *
 * <p><b>Units</b>, whatever the coordinator version wrote (adapters normalise): power in watts (W),
 * state of charge in percent (0–100), voltage in volts (V), current in amperes (A), temperature in
 * degrees Celsius (°C), energy in kilowatt-hours (kWh).
 *
 * <p><b>Signs: positive feeds the house.</b> Battery power and current are positive while the
 * battery discharges and negative while it charges (GoodWe's own sign, kept). Grid power is
 * positive while the house imports from the grid and negative while it exports; the inverter's
 * meter reports the opposite, and adapters negate it. PV power and house consumption are normally
 * not negative (not enforced: the inverter's own figures are passed on). So, within measuring
 * error, {@code house = pv + battery + grid}.
 *
 * <p>A value the coordinator did not know (missing, or the string {@code "Unknown"}) is {@code
 * null}. Immutable.
 *
 * @param readAt when the inverter was read (the collector's own timestamp, not the time the record
 *     was saved: a coordinator that cannot reach the inverter keeps saving the old reading)
 * @param mode the coordinator's state when it saved the reading, as it names it ({@code
 *     monitoring}, {@code charging}, {@code optimizing}, {@code error}, ...), or {@code unknown}
 * @param battery the home battery
 * @param photovoltaics the PV strings, summed
 * @param grid the grid connection at the meter
 * @param house the house's consumption
 */
public record InverterState(
    Instant readAt,
    String mode,
    Battery battery,
    Photovoltaics photovoltaics,
    Grid grid,
    House house) {

  /** The mode of a reading whose coordinator state was not recorded. */
  public static final String UNKNOWN_MODE = "unknown";

  public InverterState {
    requireNonNull(readAt, "'readAt' must not be null");
    requireNonNull(mode, "'mode' must not be null");
    if (mode.isBlank()) {
      throw new IllegalArgumentException("'mode' must not be blank");
    }
    requireNonNull(battery, "'battery' must not be null");
    requireNonNull(photovoltaics, "'photovoltaics' must not be null");
    requireNonNull(grid, "'grid' must not be null");
    requireNonNull(house, "'house' must not be null");
  }

  /**
   * The home battery. Known values must be finite; the state of charge within 0–100 %.
   *
   * @param socPercent state of charge, 0–100 %
   * @param powerW W, positive while discharging, negative while charging
   * @param voltageV V
   * @param currentA A, positive while discharging, negative while charging
   * @param temperatureC °C
   */
  public record Battery(
      @Nullable Double socPercent,
      @Nullable Double powerW,
      @Nullable Double voltageV,
      @Nullable Double currentA,
      @Nullable Double temperatureC) {

    /** A battery about which nothing is known. */
    public static final Battery UNKNOWN = new Battery(null, null, null, null, null);

    public Battery {
      withinOrNull(socPercent, 0, 100, "socPercent");
      finiteOrNull(powerW, "powerW");
      finiteOrNull(voltageV, "voltageV");
      finiteOrNull(currentA, "currentA");
      finiteOrNull(temperatureC, "temperatureC");
    }
  }

  /**
   * The PV strings, summed.
   *
   * @param powerW W produced now
   * @param producedTodayKwh kWh produced since local midnight
   */
  public record Photovoltaics(@Nullable Double powerW, @Nullable Double producedTodayKwh) {

    /** PV about which nothing is known. */
    public static final Photovoltaics UNKNOWN = new Photovoltaics(null, null);

    public Photovoltaics {
      finiteOrNull(powerW, "powerW");
      finiteOrNull(producedTodayKwh, "producedTodayKwh");
    }
  }

  /**
   * The grid connection at the meter.
   *
   * @param powerW W, positive while importing, negative while exporting
   * @param voltageV V
   * @param l1CurrentA A on phase L1 (unsigned, as the meter reports it)
   * @param l2CurrentA A on phase L2
   * @param l3CurrentA A on phase L3
   * @param importedTodayKwh kWh imported since local midnight
   * @param exportedTodayKwh kWh exported since local midnight
   * @param importedTotalKwh the meter's lifetime import counter, kWh
   * @param exportedTotalKwh the meter's lifetime export counter, kWh
   */
  public record Grid(
      @Nullable Double powerW,
      @Nullable Double voltageV,
      @Nullable Double l1CurrentA,
      @Nullable Double l2CurrentA,
      @Nullable Double l3CurrentA,
      @Nullable Double importedTodayKwh,
      @Nullable Double exportedTodayKwh,
      @Nullable Double importedTotalKwh,
      @Nullable Double exportedTotalKwh) {

    /** A grid connection about which nothing is known. */
    public static final Grid UNKNOWN =
        new Grid(null, null, null, null, null, null, null, null, null);

    public Grid {
      finiteOrNull(powerW, "powerW");
      finiteOrNull(voltageV, "voltageV");
      finiteOrNull(l1CurrentA, "l1CurrentA");
      finiteOrNull(l2CurrentA, "l2CurrentA");
      finiteOrNull(l3CurrentA, "l3CurrentA");
      finiteOrNull(importedTodayKwh, "importedTodayKwh");
      finiteOrNull(exportedTodayKwh, "exportedTodayKwh");
      finiteOrNull(importedTotalKwh, "importedTotalKwh");
      finiteOrNull(exportedTotalKwh, "exportedTotalKwh");
    }
  }

  /**
   * The house's consumption.
   *
   * @param consumptionW W consumed now
   * @param consumedTodayKwh kWh consumed since local midnight
   * @param consumedTotalKwh the inverter's lifetime load counter, kWh
   */
  public record House(
      @Nullable Double consumptionW,
      @Nullable Double consumedTodayKwh,
      @Nullable Double consumedTotalKwh) {

    /** A house about which nothing is known. */
    public static final House UNKNOWN = new House(null, null, null);

    public House {
      finiteOrNull(consumptionW, "consumptionW");
      finiteOrNull(consumedTodayKwh, "consumedTodayKwh");
      finiteOrNull(consumedTotalKwh, "consumedTotalKwh");
    }
  }
}
