package io.kilowatch.coordinator;

import static io.kilowatch.coordinator.CoordinatorJson.bool;
import static io.kilowatch.coordinator.CoordinatorJson.integer;
import static io.kilowatch.coordinator.CoordinatorJson.number;
import static io.kilowatch.coordinator.CoordinatorJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.kilowatch.core.energy.ChargingDecision;
import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.DecisionKind;
import io.kilowatch.core.energy.PowerUnits;
import io.kilowatch.core.energy.SellingDecision;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Turns one decision file's JSON object into a decision record. Field names of every writer are
 * accepted (the coordinator's, the hybrid logic's {@code charging_source}/{@code duration_hours},
 * the migration script's {@code estimated_cost}); charging decisions' PV and house power go through
 * {@link PowerUnits#decisionPowerToWatts} (W before 2026-01-06, kW after), selling decisions' are
 * W. Out-of-range values (a state of charge of 150 %, hour 25) are read as unknown.
 */
final class DecisionFileMapper {

  private DecisionFileMapper() {}

  /** Thrown for a file that is not a decision; the message says why. */
  static final class MalformedDecision extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedDecision(String message) {
      super(message);
    }
  }

  static Decision toDecision(DecisionKind kind, JsonNode json, ZoneId zone)
      throws MalformedDecision {
    Instant at = timestamp(json, zone);
    try {
      return switch (kind) {
        case CHARGING -> charging(json, at);
        case SELLING -> selling(json, at);
      };
    } catch (IllegalArgumentException e) {
      throw new MalformedDecision(e.getMessage());
    }
  }

  private static ChargingDecision charging(JsonNode json, Instant at) throws MalformedDecision {
    String action = text(json, "action");
    if (action == null) {
      throw new MalformedDecision("it has no 'action'");
    }
    Integer cheapestHour = integer(json, "cheapest_hour");
    return new ChargingDecision(
        at,
        action,
        text(json, "source", "charging_source"),
        number(json, "duration", "duration_hours"),
        number(json, "energy_kwh"),
        number(json, "estimated_cost_pln", "estimated_cost", "cost_pln"),
        number(json, "estimated_savings_pln", "estimated_savings", "savings_pln"),
        number(json, "confidence"),
        text(json, "reason"),
        text(json, "priority"),
        percent(number(json, "battery_soc")),
        decisionWatts(number(json, "pv_power")),
        decisionWatts(number(json, "house_consumption")),
        number(json, "current_price", "current_price_pln"),
        number(json, "cheapest_price"),
        cheapestHour != null && cheapestHour >= 0 && cheapestHour <= 23 ? cheapestHour : null,
        text(json, "tariff_zone"));
  }

  private static SellingDecision selling(JsonNode json, Instant at) {
    String action = text(json, "action");
    return new SellingDecision(
        at,
        action == null ? SellingDecision.ACTION : action,
        text(json, "decision"),
        number(json, "confidence"),
        number(json, "expected_revenue_pln"),
        number(json, "selling_power_w"),
        number(json, "estimated_duration_hours"),
        text(json, "reasoning", "reason"),
        bool(json, "safety_checks_passed"),
        text(json, "risk_level"),
        number(json, "current_price_pln", "revenue_per_kwh_pln", "current_price"),
        percent(number(json, "battery_soc")),
        number(json, "pv_power"),
        number(json, "house_consumption"),
        number(json, "energy_sold_kwh"),
        text(json, "safety_status"),
        bool(json, "execution_success"),
        text(json, "execution_error"));
  }

  private static Instant timestamp(JsonNode json, ZoneId zone) throws MalformedDecision {
    String timestamp = text(json, "timestamp");
    if (timestamp == null) {
      throw new MalformedDecision("it has no 'timestamp'");
    }
    return CoordinatorTime.parse(timestamp, zone)
        .orElseThrow(
            () -> new MalformedDecision("its timestamp '" + timestamp + "' is unreadable"));
  }

  private static @Nullable Double percent(@Nullable Double value) {
    return value != null && value >= 0 && value <= 100 ? value : null;
  }

  private static @Nullable Double decisionWatts(@Nullable Double recorded) {
    return recorded == null ? null : PowerUnits.decisionPowerToWatts(recorded);
  }
}
