package io.kilowatch.storage;

import io.kilowatch.core.energy.EnergyReading;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code energy_data} rows of any schema version: the columns schema version 4 added (energy
 * counters, tariff zone) are read when the table has them and are {@code null} otherwise.
 */
final class EnergyDao {

  /** The columns read, in {@link EnergyReading}'s order; the last five came with version 4. */
  static final List<String> COLUMNS =
      List.of(
          "timestamp",
          "battery_soc",
          "pv_power",
          "grid_power",
          "house_consumption",
          "battery_power",
          "grid_voltage",
          "battery_voltage",
          "battery_current",
          "battery_temperature",
          "grid_import_total_kwh",
          "grid_export_total_kwh",
          "house_consumption_total_kwh",
          "pv_generation_total_kwh",
          "tariff_zone");

  private EnergyDao() {}

  /**
   * Rows with {@code :from <= timestamp < :to}, by text comparison: a range search of the primary
   * key (or {@code idx_energy_timestamp}). Only the wanted columns the table has are selected (each
   * column read costs native calls: a month is 8,640 rows).
   */
  static String between(Set<String> tableColumns) {
    return COLUMNS.stream()
            .filter(tableColumns::contains)
            .collect(Collectors.joining(", ", "SELECT ", " FROM energy_data"))
        + " WHERE timestamp >= :from AND timestamp < :to ORDER BY timestamp";
  }

  /** The table's column names, lower-case. */
  static Set<String> tableColumns(Handle handle) {
    return handle
        .createQuery("SELECT name FROM pragma_table_info('energy_data')")
        .map((row, context) -> row.getString(1).toLowerCase(Locale.ROOT))
        .collectIntoSet();
  }

  /** Streams the rows to {@code sink}, without holding them all. */
  static void between(Handle handle, String from, String to, Consumer<EnergyRow> sink) {
    Set<String> present = tableColumns(handle);
    int[] positions = new int[COLUMNS.size()];
    int position = 0;
    for (int i = 0; i < COLUMNS.size(); i++) {
      positions[i] = present.contains(COLUMNS.get(i)) ? ++position : 0;
    }
    handle
        .createQuery(between(present))
        .bind("from", from)
        .bind("to", to)
        .map((row, context) -> EnergyRow.of(row, positions))
        .forEach(sink);
  }

  /**
   * One row, typed, signs and units as the coordinator stored them except the grid power, already
   * negated to "positive imports" (the meter reports exports as positive).
   */
  record EnergyRow(@Nullable String timestamp, EnergyValues values) {

    /**
     * The row at the cursor; {@code positions[i]} is the result column of {@link #COLUMNS}{@code
     * [i]}, 0 where the table lacks it.
     */
    static EnergyRow of(ResultSet row, int[] positions) throws SQLException {
      @Nullable Object[] values = new @Nullable Object[positions.length];
      for (int i = 0; i < positions.length; i++) {
        values[i] = positions[i] == 0 ? null : row.getObject(positions[i]);
      }
      return new EnergyRow(
          SqlValues.text(values[0]),
          new EnergyValues(
              SqlValues.percent(values[1]),
              SqlValues.number(values[2]),
              SqlValues.negated(values[3]),
              SqlValues.number(values[4]),
              SqlValues.number(values[5]),
              SqlValues.number(values[6]),
              SqlValues.number(values[7]),
              SqlValues.number(values[8]),
              SqlValues.number(values[9]),
              SqlValues.number(values[10]),
              SqlValues.number(values[11]),
              SqlValues.number(values[12]),
              SqlValues.number(values[13]),
              SqlValues.tariffZone(values[14])));
    }

    EnergyReading toReading(Instant at) {
      return values.at(at);
    }
  }

  /** A row's values, in {@link EnergyReading}'s order. */
  record EnergyValues(
      @Nullable Double soc,
      @Nullable Double pvW,
      @Nullable Double gridW,
      @Nullable Double houseW,
      @Nullable Double batteryW,
      @Nullable Double gridVoltage,
      @Nullable Double batteryVoltage,
      @Nullable Double batteryCurrent,
      @Nullable Double batteryTemperature,
      @Nullable Double gridImportTotal,
      @Nullable Double gridExportTotal,
      @Nullable Double houseTotal,
      @Nullable Double pvToday,
      @Nullable String tariffZone) {

    EnergyReading at(Instant at) {
      return new EnergyReading(
          at,
          soc,
          pvW,
          gridW,
          houseW,
          batteryW,
          gridVoltage,
          batteryVoltage,
          batteryCurrent,
          batteryTemperature,
          gridImportTotal,
          gridExportTotal,
          houseTotal,
          pvToday,
          tariffZone);
    }
  }
}
