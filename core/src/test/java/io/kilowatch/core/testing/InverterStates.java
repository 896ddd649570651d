package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.energy.InverterState.Battery;
import io.kilowatch.core.energy.InverterState.Grid;
import io.kilowatch.core.energy.InverterState.House;
import io.kilowatch.core.energy.InverterState.Photovoltaics;
import java.time.Instant;

/**
 * Test data: inverter readings. {@code InverterStates.aReading().readAt(t).build()} is the
 * reference's sample reading (an afternoon in November: PV 2184 W, battery discharging 1692 W,
 * importing 412 W, house 4288 W) read at {@code t}.
 */
public final class InverterStates {

  /** The sample battery: 63 %, discharging 1692 W at 412.6 V and 4.1 A, 22.4 °C. */
  public static final Battery BATTERY = new Battery(63.0, 1692.0, 412.6, 4.1, 22.4);

  /** The sample PV: 2184 W, 6.8 kWh today. */
  public static final Photovoltaics PHOTOVOLTAICS = new Photovoltaics(2184.0, 6.8);

  /** The sample grid: importing 412 W at 236.1 V, with its counters. */
  public static final Grid GRID =
      new Grid(412.0, 236.1, 2.4, 1.1, 0.9, 9.7, 0.3, 11876.02, 8123.45);

  /** The sample house: 4288 W, 14.9 kWh today, 23051.7 kWh in total. */
  public static final House HOUSE = new House(4288.0, 14.9, 23051.7);

  private InverterStates() {}

  /** A builder holding the sample reading, read at {@link MutableClock#DEFAULT_START}. */
  public static Builder aReading() {
    return new Builder();
  }

  /** Builds readings; each setter replaces one part of the sample. */
  public static final class Builder {
    private Instant readAt = MutableClock.DEFAULT_START;
    private String mode = "monitoring";
    private Battery battery = BATTERY;
    private Photovoltaics photovoltaics = PHOTOVOLTAICS;
    private Grid grid = GRID;
    private House house = HOUSE;

    private Builder() {}

    public Builder readAt(Instant readAt) {
      this.readAt = requireNonNull(readAt, "'readAt' must not be null");
      return this;
    }

    public Builder mode(String mode) {
      this.mode = requireNonNull(mode, "'mode' must not be null");
      return this;
    }

    public Builder battery(Battery battery) {
      this.battery = requireNonNull(battery, "'battery' must not be null");
      return this;
    }

    public Builder photovoltaics(Photovoltaics photovoltaics) {
      this.photovoltaics = requireNonNull(photovoltaics, "'photovoltaics' must not be null");
      return this;
    }

    public Builder grid(Grid grid) {
      this.grid = requireNonNull(grid, "'grid' must not be null");
      return this;
    }

    public Builder house(House house) {
      this.house = requireNonNull(house, "'house' must not be null");
      return this;
    }

    /** Every measurement unknown, as when the collector could not read the inverter. */
    public Builder allUnknown() {
      return battery(Battery.UNKNOWN)
          .photovoltaics(Photovoltaics.UNKNOWN)
          .grid(Grid.UNKNOWN)
          .house(House.UNKNOWN);
    }

    public InverterState build() {
      return new InverterState(readAt, mode, battery, photovoltaics, grid, house);
    }
  }
}
