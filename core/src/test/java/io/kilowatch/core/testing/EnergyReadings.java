package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.EnergyReading;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Test data: energy readings. {@code EnergyReadings.aReading(t).build()} is the reference's sample
 * reading (PV 2184 W, battery discharging 1692 W, importing 412 W, house 4288 W, 63 %, tariff zone
 * T2) taken at {@code t}. Powers are whole watts, as the coordinator stores them.
 */
public final class EnergyReadings {

  private EnergyReadings() {}

  /** A builder holding the sample reading taken at {@code at}. */
  public static Builder aReading(Instant at) {
    return new Builder(at);
  }

  /** Builds readings; each setter replaces one part of the sample. */
  public static final class Builder {
    private Instant at;
    private @Nullable Double soc = 63.0;
    private @Nullable Double pv = 2184.0;
    private @Nullable Double grid = 412.0;
    private @Nullable Double house = 4288.0;
    private @Nullable Double battery = 1692.0;
    private @Nullable Double gridImportTotal = 11876.02;
    private @Nullable String tariffZone = "T2";

    private Builder(Instant at) {
      this.at = requireNonNull(at, "'at' must not be null");
    }

    public Builder at(Instant at) {
      this.at = requireNonNull(at, "'at' must not be null");
      return this;
    }

    public Builder soc(@Nullable Double soc) {
      this.soc = soc;
      return this;
    }

    /** PV, grid (positive importing), house and battery (positive discharging) power, W. */
    public Builder powers(
        @Nullable Double pvW,
        @Nullable Double gridW,
        @Nullable Double houseW,
        @Nullable Double batteryW) {
      this.pv = pvW;
      this.grid = gridW;
      this.house = houseW;
      this.battery = batteryW;
      return this;
    }

    /** The meter's lifetime import counter (kWh) and the tariff zone. */
    public Builder gridImport(@Nullable Double totalKwh, @Nullable String zone) {
      this.gridImportTotal = totalKwh;
      this.tariffZone = zone;
      return this;
    }

    public EnergyReading build() {
      return new EnergyReading(
          at,
          soc,
          pv,
          grid,
          house,
          battery,
          236.1,
          412.6,
          4.1,
          22.4,
          gridImportTotal,
          8123.45,
          23051.7,
          6.8,
          tariffZone);
    }
  }
}
