package io.kilowatch.storage;

import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.energy.InverterState.Battery;
import io.kilowatch.core.energy.InverterState.Grid;
import io.kilowatch.core.energy.InverterState.House;
import io.kilowatch.core.energy.InverterState.Photovoltaics;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * Reads the newest {@code system_state} row and the inverter reading inside its {@code metrics}
 * JSON ({@code current_data}), taken apart by SQLite's {@code json_extract}.
 */
final class StateDao {

  /** The newest row by time: a backward scan of {@code idx_state_timestamp}, one step long. */
  static final String NEWEST =
      """
      SELECT timestamp, state,
             json_type(m, '$.current_data') = 'object' AS has_reading,
             json_extract(m, '$.current_data.timestamp') AS read_at,
             json_extract(m, '$.current_data.battery.soc_percent') AS battery_soc,
             json_extract(m, '$.current_data.battery.power_w') AS battery_power,
             json_extract(m, '$.current_data.battery.voltage') AS battery_voltage,
             json_extract(m, '$.current_data.battery.current') AS battery_current,
             json_extract(m, '$.current_data.battery.temperature') AS battery_temperature,
             json_extract(m, '$.current_data.photovoltaic.current_power_w') AS pv_power,
             json_extract(m, '$.current_data.photovoltaic.daily_production_kwh') AS pv_today,
             json_extract(m, '$.current_data.grid.power_w') AS grid_power,
             json_extract(m, '$.current_data.grid.voltage') AS grid_voltage,
             json_extract(m, '$.current_data.grid.l1_current_a') AS l1_current,
             json_extract(m, '$.current_data.grid.l2_current_a') AS l2_current,
             json_extract(m, '$.current_data.grid.l3_current_a') AS l3_current,
             json_extract(m, '$.current_data.grid.today_imported_kwh') AS imported_today,
             json_extract(m, '$.current_data.grid.today_exported_kwh') AS exported_today,
             json_extract(m, '$.current_data.grid.total_imported_kwh') AS imported_total,
             json_extract(m, '$.current_data.grid.total_exported_kwh') AS exported_total,
             json_extract(m, '$.current_data.house_consumption.current_power_w') AS house_power,
             json_extract(m, '$.current_data.house_consumption.daily_total_kwh') AS house_today,
             json_extract(m, '$.current_data.house_consumption.total_consumption_kwh')
                 AS house_total
      FROM (SELECT timestamp, state, CASE WHEN json_valid(metrics, 2) THEN metrics END AS m
            FROM system_state
            ORDER BY timestamp DESC
            LIMIT 1)
      """;

  private StateDao() {}

  static Optional<StateRow> newest(Handle handle) {
    return handle.createQuery(NEWEST).map((row, context) -> StateRow.of(row)).findFirst();
  }

  /**
   * The newest row: its save time, the coordinator's state, and the reading when the row has one.
   */
  record StateRow(
      @Nullable String savedAt,
      @Nullable String mode,
      @Nullable String readAt,
      @Nullable Reading reading) {

    static StateRow of(ResultSet row) throws SQLException {
      return new StateRow(
          SqlValues.text(row.getObject("timestamp")),
          SqlValues.text(row.getObject("state")),
          SqlValues.text(row.getObject("read_at")),
          row.getBoolean("has_reading") ? Reading.of(row) : null);
    }
  }

  /**
   * The reading's parts, normalised: W for power, grid power negated (the meter counts exports as
   * positive, {@link InverterState} imports), the battery's own sign kept.
   */
  record Reading(Battery battery, Photovoltaics photovoltaics, Grid grid, House house) {

    static Reading of(ResultSet row) throws SQLException {
      return new Reading(
          new Battery(
              SqlValues.percent(row.getObject("battery_soc")),
              SqlValues.number(row.getObject("battery_power")),
              SqlValues.number(row.getObject("battery_voltage")),
              SqlValues.number(row.getObject("battery_current")),
              SqlValues.number(row.getObject("battery_temperature"))),
          new Photovoltaics(
              SqlValues.number(row.getObject("pv_power")),
              SqlValues.number(row.getObject("pv_today"))),
          new Grid(
              SqlValues.negated(row.getObject("grid_power")),
              SqlValues.number(row.getObject("grid_voltage")),
              SqlValues.number(row.getObject("l1_current")),
              SqlValues.number(row.getObject("l2_current")),
              SqlValues.number(row.getObject("l3_current")),
              SqlValues.number(row.getObject("imported_today")),
              SqlValues.number(row.getObject("exported_today")),
              SqlValues.number(row.getObject("imported_total")),
              SqlValues.number(row.getObject("exported_total"))),
          new House(
              SqlValues.number(row.getObject("house_power")),
              SqlValues.number(row.getObject("house_today")),
              SqlValues.number(row.getObject("house_total"))));
    }

    InverterState at(Instant readAt, String mode) {
      return new InverterState(readAt, mode, battery, photovoltaics, grid, house);
    }
  }
}
