package io.kilowatch.core.energy;

import static io.kilowatch.core.energy.Measurements.finiteOrNull;
import static io.kilowatch.core.energy.Measurements.withinOrNull;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A decision of the coordinator's battery-selling engine. Fields as the coordinator records them
 * (see the storage reference, section 3.2); PV and house power are watts (the selling engine always
 * wrote W).
 *
 * <p>Any field but {@code at} and {@code action} may be {@code null}; the database keeps only
 * confidence, current price, state of charge, PV power and expected revenue.
 *
 * @param at when the decision was saved
 * @param action {@code battery_selling}
 * @param outcome the engine's {@code decision}: {@code start_selling} (the only one stored today),
 *     {@code continue_selling}, {@code stop_selling} or {@code wait}
 * @param confidence 0.0–1.0
 * @param expectedRevenuePln PLN
 * @param sellingPowerW planned export power, W
 * @param estimatedDurationHours h
 * @param reasoning the engine's explanation
 * @param safetyChecksPassed whether the safety checks passed
 * @param riskLevel {@code low}, {@code medium} or {@code high}
 * @param currentPricePlnPerKwh the (purchase) final price used as revenue per kWh, PLN/kWh
 * @param batterySocPercent state of charge when deciding, 0–100 %
 * @param pvPowerW PV power when deciding, W
 * @param houseConsumptionW house consumption when deciding, W
 * @param energySoldKwh energy planned to be sold, kWh
 * @param safetyStatus {@code safe}, {@code warning}, {@code critical}, {@code emergency} or {@code
 *     unknown}
 * @param executionSuccess whether a selling session started
 * @param executionError why it did not start
 */
public record SellingDecision(
    Instant at,
    String action,
    @Nullable String outcome,
    @Nullable Double confidence,
    @Nullable Double expectedRevenuePln,
    @Nullable Double sellingPowerW,
    @Nullable Double estimatedDurationHours,
    @Nullable String reasoning,
    @Nullable Boolean safetyChecksPassed,
    @Nullable String riskLevel,
    @Nullable Double currentPricePlnPerKwh,
    @Nullable Double batterySocPercent,
    @Nullable Double pvPowerW,
    @Nullable Double houseConsumptionW,
    @Nullable Double energySoldKwh,
    @Nullable String safetyStatus,
    @Nullable Boolean executionSuccess,
    @Nullable String executionError)
    implements Decision {

  /** The action every selling record carries. */
  public static final String ACTION = "battery_selling";

  public SellingDecision {
    requireNonNull(at, "'at' must not be null");
    requireNonNull(action, "'action' must not be null");
    if (action.isBlank()) {
      throw new IllegalArgumentException("'action' must not be blank");
    }
    finiteOrNull(confidence, "confidence");
    finiteOrNull(expectedRevenuePln, "expectedRevenuePln");
    finiteOrNull(sellingPowerW, "sellingPowerW");
    finiteOrNull(estimatedDurationHours, "estimatedDurationHours");
    finiteOrNull(currentPricePlnPerKwh, "currentPricePlnPerKwh");
    withinOrNull(batterySocPercent, 0, 100, "batterySocPercent");
    finiteOrNull(pvPowerW, "pvPowerW");
    finiteOrNull(houseConsumptionW, "houseConsumptionW");
    finiteOrNull(energySoldKwh, "energySoldKwh");
  }

  /** A selling decision with only its time and outcome known. */
  public static SellingDecision of(Instant at, @Nullable String outcome) {
    return new SellingDecision(
        at, ACTION, outcome, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null);
  }

  @Override
  public DecisionKind kind() {
    return DecisionKind.SELLING;
  }

  @Override
  public DecisionCategory category() {
    return DecisionCategory.of(action, outcome);
  }
}
