package io.kilowatch.runtime.api;

import io.kilowatch.core.energy.ChargingDecision;
import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.DecisionCounts;
import io.kilowatch.core.energy.SellingDecision;
import io.kilowatch.runtime.report.Timestamps;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code /decisions} in the reference's field names (dashboard API section 12.1): the
 * decisions newest first, each with the coordinator's parameter names, its {@code category} by the
 * project's one rule ({@code charging}, {@code wait}, {@code selling}) and its PV power in W
 * ({@code pv_power_w}), and the counts per category.
 */
public final class DecisionBodies {

  /** Database columns of the reference that Kilowatch's decision records do not keep. */
  public static final List<String> UNAVAILABLE =
      List.of("decisions.id", "decisions.source_module", "decisions.created_at");

  private DecisionBodies() {}

  /**
   * The body of {@code /decisions} for the window {@code timeRange} ({@code 24h}, {@code 7d}), with
   * the time of the request as {@code timestamp}; times in {@code zone}.
   */
  public static ViewBody<List<Decision>> body(String timeRange, ZoneId zone) {
    return ViewBody.<List<Decision>>of(
            decisions -> of(decisions, timeRange, at -> Timestamps.format(at, zone)),
            missing -> missing(timeRange))
        .withTimeFields((snapshot, state, now) -> Map.of("timestamp", Timestamps.format(now, zone)))
        .withUnavailable(unused -> UNAVAILABLE);
  }

  /** The body for {@code decisions} (oldest first) of the window {@code timeRange}. */
  public static Map<String, @Nullable Object> of(
      List<Decision> decisions, String timeRange, Function<Instant, String> time) {
    List<Map<String, @Nullable Object>> rows = new ArrayList<>(decisions.size());
    for (int i = decisions.size() - 1; i >= 0; i--) {
      rows.add(row(decisions.get(i), time));
    }
    DecisionCounts counts = DecisionCounts.of(decisions);
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("decisions", rows);
    body.put("total_count", counts.total());
    body.put("charging_count", counts.charging());
    body.put("wait_count", counts.waiting());
    body.put("battery_selling_count", counts.selling());
    body.put("time_range", timeRange);
    body.put("data_source", decisions.isEmpty() ? "none" : "real");
    return body;
  }

  /** The body while the window was never loaded: no decisions, counts null. */
  public static Map<String, @Nullable Object> missing(String timeRange) {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("decisions", List.of());
    body.put("total_count", null);
    body.put("charging_count", null);
    body.put("wait_count", null);
    body.put("battery_selling_count", null);
    body.put("time_range", timeRange);
    body.put("data_source", "none");
    return body;
  }

  private static Map<String, @Nullable Object> row(
      Decision decision, Function<Instant, String> time) {
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    row.put("timestamp", time.apply(decision.at()));
    row.put("category", decision.category().name().toLowerCase(Locale.ROOT));
    if (decision instanceof ChargingDecision charging) {
      charging(row, charging);
    } else if (decision instanceof SellingDecision selling) {
      selling(row, selling);
    }
    return row;
  }

  private static void charging(Map<String, @Nullable Object> row, ChargingDecision decision) {
    row.put("decision_type", "charging");
    row.put("action", decision.action());
    row.put("reason", decision.reason());
    row.put("charging_source", decision.chargingSource());
    row.put("duration_hours", decision.durationHours());
    row.put("energy_kwh", decision.energyKwh());
    row.put("estimated_cost_pln", decision.estimatedCostPln());
    row.put("estimated_savings_pln", decision.estimatedSavingsPln());
    row.put("confidence", decision.confidence());
    row.put("priority", decision.priority());
    row.put("battery_soc", decision.batterySocPercent());
    row.put("pv_power_w", decision.pvPowerW());
    row.put("house_consumption_w", decision.houseConsumptionW());
    row.put("current_price", decision.currentPricePlnPerKwh());
    row.put("cheapest_price", decision.cheapestPricePlnPerKwh());
    row.put("cheapest_hour", decision.cheapestHour());
    row.put("tariff_zone", decision.tariffZone());
  }

  /**
   * A selling decision, with the reference's aliases: {@code energy_kwh} is the energy sold, {@code
   * estimated_savings_pln} the expected revenue and {@code estimated_cost_pln} its negative.
   */
  private static void selling(Map<String, @Nullable Object> row, SellingDecision decision) {
    Double revenue = decision.expectedRevenuePln();
    row.put("decision_type", "battery_selling");
    row.put("action", decision.action());
    row.put("decision", decision.outcome());
    row.put("reason", decision.reasoning());
    row.put("reasoning", decision.reasoning());
    row.put("confidence", decision.confidence());
    row.put("expected_revenue_pln", revenue);
    row.put("selling_power_w", decision.sellingPowerW());
    row.put("estimated_duration_hours", decision.estimatedDurationHours());
    row.put("safety_checks_passed", decision.safetyChecksPassed());
    row.put("risk_level", decision.riskLevel());
    row.put("current_price_pln", decision.currentPricePlnPerKwh());
    row.put("battery_soc", decision.batterySocPercent());
    row.put("pv_power_w", decision.pvPowerW());
    row.put("house_consumption_w", decision.houseConsumptionW());
    row.put("energy_sold_kwh", decision.energySoldKwh());
    row.put("energy_kwh", decision.energySoldKwh());
    row.put("estimated_savings_pln", revenue);
    row.put("estimated_cost_pln", revenue == null ? null : -revenue);
  }
}
