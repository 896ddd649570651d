package io.kilowatch.core.energy;

import static io.kilowatch.core.energy.Measurements.finiteOrNull;
import static io.kilowatch.core.energy.Measurements.withinOrNull;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One point of the installation's energy time series: a reading the coordinator's collector saved
 * (every 5 minutes), or the average of several readings after downsampling (see {@link
 * EnergyDownsampler}).
 *
 * <p>Units and signs as in {@link InverterState}: power in W, <b>positive feeds the house</b>
 * (battery positive while discharging, grid positive while importing; adapters negate the meter's
 * sign), state of charge 0–100 %, energy counters in kWh. Unknown values (missing, {@code
 * "Unknown"}, columns added in later schema versions) are {@code null}. Immutable.
 *
 * @param at when the reading was taken (for a downsampled point: the start of its bucket)
 * @param batterySocPercent state of charge, 0–100 %
 * @param pvPowerW PV power, W
 * @param gridPowerW grid power, W, positive while importing
 * @param houseConsumptionW house consumption, W
 * @param batteryPowerW battery power, W, positive while discharging
 * @param gridVoltageV grid voltage, V
 * @param batteryVoltageV battery voltage, V
 * @param batteryCurrentA battery current, A, positive while discharging
 * @param batteryTemperatureC battery temperature, °C
 * @param gridImportTotalKwh the meter's lifetime import counter, kWh
 * @param gridExportTotalKwh the meter's lifetime export counter, kWh
 * @param houseConsumptionTotalKwh the inverter's lifetime load counter, kWh
 * @param pvProducedTodayKwh PV energy produced since local midnight, kWh
 * @param tariffZone {@code T1} (peak) or {@code T2} (off-peak) at the reading's time
 */
public record EnergyReading(
    Instant at,
    @Nullable Double batterySocPercent,
    @Nullable Double pvPowerW,
    @Nullable Double gridPowerW,
    @Nullable Double houseConsumptionW,
    @Nullable Double batteryPowerW,
    @Nullable Double gridVoltageV,
    @Nullable Double batteryVoltageV,
    @Nullable Double batteryCurrentA,
    @Nullable Double batteryTemperatureC,
    @Nullable Double gridImportTotalKwh,
    @Nullable Double gridExportTotalKwh,
    @Nullable Double houseConsumptionTotalKwh,
    @Nullable Double pvProducedTodayKwh,
    @Nullable String tariffZone) {

  public EnergyReading {
    requireNonNull(at, "'at' must not be null");
    withinOrNull(batterySocPercent, 0, 100, "batterySocPercent");
    finiteOrNull(pvPowerW, "pvPowerW");
    finiteOrNull(gridPowerW, "gridPowerW");
    finiteOrNull(houseConsumptionW, "houseConsumptionW");
    finiteOrNull(batteryPowerW, "batteryPowerW");
    finiteOrNull(gridVoltageV, "gridVoltageV");
    finiteOrNull(batteryVoltageV, "batteryVoltageV");
    finiteOrNull(batteryCurrentA, "batteryCurrentA");
    finiteOrNull(batteryTemperatureC, "batteryTemperatureC");
    finiteOrNull(gridImportTotalKwh, "gridImportTotalKwh");
    finiteOrNull(gridExportTotalKwh, "gridExportTotalKwh");
    finiteOrNull(houseConsumptionTotalKwh, "houseConsumptionTotalKwh");
    finiteOrNull(pvProducedTodayKwh, "pvProducedTodayKwh");
  }

  /** A reading at {@code at} about which nothing is known. */
  public static EnergyReading unknownAt(Instant at) {
    return new EnergyReading(
        at, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
