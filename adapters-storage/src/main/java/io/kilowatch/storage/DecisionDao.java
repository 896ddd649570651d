package io.kilowatch.storage;

import io.kilowatch.core.energy.ChargingDecision;
import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.PowerUnits;
import io.kilowatch.core.energy.SellingDecision;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code coordinator_decisions} rows. The JSON {@code parameters} are taken apart by SQLite
 * itself ({@code json_extract}); a row whose parameters are not JSON (JSON5 such as {@code NaN} is
 * accepted) keeps its time and action with unknown figures.
 */
final class DecisionDao {

  /**
   * Rows with {@code :from <= timestamp < :to}, by text comparison, so the range is a search of
   * {@code idx_decisions_timestamp}. The columns come in {@link DecisionRow}'s order.
   */
  static final String BETWEEN =
      """
      SELECT timestamp, decision_type, action, reason,
             parameters IS NOT NULL AND p IS NULL AS unreadable_parameters,
             json_extract(p, '$.confidence') AS confidence,
             json_extract(p, '$.current_price') AS current_price,
             json_extract(p, '$.current_price_pln') AS current_price_pln,
             json_extract(p, '$.cheapest_price') AS cheapest_price,
             json_extract(p, '$.cheapest_hour') AS cheapest_hour,
             json_extract(p, '$.battery_soc') AS battery_soc,
             json_extract(p, '$.pv_power') AS pv_power,
             json_extract(p, '$.energy_kwh') AS energy_kwh,
             json_extract(p, '$.estimated_cost_pln') AS estimated_cost_pln,
             json_extract(p, '$.estimated_savings_pln') AS estimated_savings_pln,
             json_extract(p, '$.expected_revenue_pln') AS expected_revenue_pln,
             json_extract(p, '$.tariff_zone') AS tariff_zone
      FROM (SELECT timestamp, decision_type, action, reason, parameters,
                   CASE WHEN json_valid(parameters, 2) THEN parameters END AS p
            FROM coordinator_decisions
            WHERE timestamp >= :from AND timestamp < :to)
      ORDER BY timestamp
      """;

  /** The action and {@code decision_type} of selling rows (live: type NULL; imported: this). */
  static final String SELLING = "battery_selling";

  private DecisionDao() {}

  static List<DecisionRow> between(Handle handle, String from, String to) {
    return handle
        .createQuery(BETWEEN)
        .bind("from", from)
        .bind("to", to)
        .map((row, context) -> DecisionRow.of(row))
        .list();
  }

  /** One row, its values already typed; {@code at} still text. */
  record DecisionRow(
      @Nullable String timestamp,
      @Nullable String decisionType,
      @Nullable String action,
      @Nullable String reason,
      boolean unreadableParameters,
      @Nullable Double confidence,
      @Nullable Double currentPrice,
      @Nullable Double currentPricePln,
      @Nullable Double cheapestPrice,
      @Nullable Integer cheapestHour,
      @Nullable Double batterySoc,
      @Nullable Double pvPower,
      @Nullable Double energyKwh,
      @Nullable Double estimatedCostPln,
      @Nullable Double estimatedSavingsPln,
      @Nullable Double expectedRevenuePln,
      @Nullable String tariffZone) {

    /** The row at the cursor; {@link #BETWEEN} selects the columns in this record's order. */
    static DecisionRow of(ResultSet row) throws SQLException {
      return new DecisionRow(
          SqlValues.text(row.getObject(1)),
          SqlValues.text(row.getObject(2)),
          SqlValues.text(row.getObject(3)),
          SqlValues.text(row.getObject(4)),
          row.getBoolean(5),
          SqlValues.number(row.getObject(6)),
          SqlValues.number(row.getObject(7)),
          SqlValues.number(row.getObject(8)),
          SqlValues.number(row.getObject(9)),
          SqlValues.hour(row.getObject(10)),
          SqlValues.percent(row.getObject(11)),
          SqlValues.number(row.getObject(12)),
          SqlValues.number(row.getObject(13)),
          SqlValues.number(row.getObject(14)),
          SqlValues.number(row.getObject(15)),
          SqlValues.number(row.getObject(16)),
          SqlValues.tariffZone(row.getObject(17)));
    }

    /** Whether the selling engine wrote it: by action, or by the imported rows' type. */
    boolean isSelling() {
      return SELLING.equals(decisionType)
          || (action != null && SELLING.equals(action.toLowerCase(Locale.ROOT)));
    }

    /**
     * The decision this row records, made at {@code at}. The database keeps only the whitelisted
     * parameters: source, duration, priority and house consumption of charging decisions, and all
     * but confidence, price, state of charge, PV power and expected revenue of selling ones, are
     * {@code null}. Charging PV power is converted to W by {@code PowerUnits}; selling PV power was
     * always W. A row without an action gets {@code unknown} (counted as wait).
     */
    Decision toDecision(Instant at) {
      String knownAction = action == null ? "unknown" : action;
      if (isSelling()) {
        return new SellingDecision(
            at,
            knownAction,
            null,
            confidence,
            expectedRevenuePln,
            null,
            null,
            reason,
            null,
            null,
            currentPricePln != null ? currentPricePln : currentPrice,
            batterySoc,
            pvPower,
            null,
            null,
            null,
            null,
            null);
      }
      return new ChargingDecision(
          at,
          knownAction,
          null,
          null,
          energyKwh,
          estimatedCostPln,
          estimatedSavingsPln,
          confidence,
          reason,
          null,
          batterySoc,
          pvPower == null ? null : PowerUnits.decisionPowerToWatts(pvPower),
          null,
          currentPrice != null ? currentPrice : currentPricePln,
          cheapestPrice,
          cheapestHour,
          tariffZone);
    }
  }
}
