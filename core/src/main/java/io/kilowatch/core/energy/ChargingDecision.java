package io.kilowatch.core.energy;

import static io.kilowatch.core.energy.Measurements.finiteOrNull;
import static io.kilowatch.core.energy.Measurements.withinOrNull;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A decision of the coordinator's charging strategy, made every 15 minutes, whether it charged or
 * waited. Fields as the coordinator records them (see the storage reference, section 3.1), in the
 * units below whatever the coordinator version wrote: adapters convert PV and house power to watts
 * (they were W before 2026-01-06 and kW after; see {@link PowerUnits#decisionPowerToWatts}).
 *
 * <p>Any field but {@code at} and {@code action} may be {@code null}: older coordinator versions
 * did not write energy, cost, savings or tariff zone, and the database keeps only some fields
 * (source, duration, priority and house consumption are lost there).
 *
 * @param at when the decision was made
 * @param action {@code charge} or {@code wait} (the hybrid logic also wrote {@code start_*})
 * @param chargingSource {@code grid}, {@code pv} or {@code hybrid} (written even on waits)
 * @param durationHours planned charging time, h
 * @param energyKwh energy to charge, kWh (0 on waits)
 * @param estimatedCostPln energy × current price, PLN
 * @param estimatedSavingsPln savings against the day's mean price, PLN, not negative
 * @param confidence 0.0–1.0
 * @param reason the strategy's explanation
 * @param priority {@code critical}, {@code high}, {@code medium}, {@code low}, ...
 * @param batterySocPercent state of charge when deciding, 0–100 %
 * @param pvPowerW PV power when deciding, W
 * @param houseConsumptionW house consumption when deciding, W
 * @param currentPricePlnPerKwh final price (market + SC component + distribution) then, PLN/kWh
 * @param cheapestPricePlnPerKwh the day's cheapest final price, PLN/kWh
 * @param cheapestHour the hour (0–23) of the day's cheapest price
 * @param tariffZone {@code T1} (peak) or {@code T2} (off-peak)
 */
public record ChargingDecision(
    Instant at,
    String action,
    @Nullable String chargingSource,
    @Nullable Double durationHours,
    @Nullable Double energyKwh,
    @Nullable Double estimatedCostPln,
    @Nullable Double estimatedSavingsPln,
    @Nullable Double confidence,
    @Nullable String reason,
    @Nullable String priority,
    @Nullable Double batterySocPercent,
    @Nullable Double pvPowerW,
    @Nullable Double houseConsumptionW,
    @Nullable Double currentPricePlnPerKwh,
    @Nullable Double cheapestPricePlnPerKwh,
    @Nullable Integer cheapestHour,
    @Nullable String tariffZone)
    implements Decision {

  public ChargingDecision {
    requireNonNull(at, "'at' must not be null");
    requireNonNull(action, "'action' must not be null");
    if (action.isBlank()) {
      throw new IllegalArgumentException("'action' must not be blank");
    }
    finiteOrNull(durationHours, "durationHours");
    finiteOrNull(energyKwh, "energyKwh");
    finiteOrNull(estimatedCostPln, "estimatedCostPln");
    finiteOrNull(estimatedSavingsPln, "estimatedSavingsPln");
    finiteOrNull(confidence, "confidence");
    withinOrNull(batterySocPercent, 0, 100, "batterySocPercent");
    finiteOrNull(pvPowerW, "pvPowerW");
    finiteOrNull(houseConsumptionW, "houseConsumptionW");
    finiteOrNull(currentPricePlnPerKwh, "currentPricePlnPerKwh");
    finiteOrNull(cheapestPricePlnPerKwh, "cheapestPricePlnPerKwh");
    if (cheapestHour != null && (cheapestHour < 0 || cheapestHour > 23)) {
      throw new IllegalArgumentException(
          "'cheapestHour' must be within [0, 23], but was " + cheapestHour);
    }
  }

  /** A charging decision with only its time and action known. */
  public static ChargingDecision of(Instant at, String action) {
    return new ChargingDecision(
        at, action, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }

  @Override
  public DecisionKind kind() {
    return DecisionKind.CHARGING;
  }

  @Override
  public DecisionCategory category() {
    return DecisionCategory.of(action, null);
  }
}
