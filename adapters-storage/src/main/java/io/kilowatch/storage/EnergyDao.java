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
    Set<String> columns = tableColumns(handle);
    handle
        .createQuery(between(columns))
        .bind("from", from)
        .bind("to", to)
        .map((row, context) -> EnergyRow.of(row, columns))
        .forEach(sink);
  }

  /**
   * One row, typed, signs and units as the coordinator stored them except the grid power, already
   * negated to "positive imports" (the meter reports exports as positive).
   */
  record EnergyRow(@Nullable String timestamp, EnergyValues values) {

    static EnergyRow of(ResultSet row, Set<String> columns) throws SQLException {
      return new EnergyRow(
          SqlValues.text(row, "timestamp"),
          new EnergyValues(
              SqlValues.percent(row, "battery_soc"),
              SqlValues.number(row, "pv_power"),
              SqlValues.negated(row, "grid_power"),
              SqlValues.number(row, "house_consumption"),
              SqlValues.number(row, "battery_power"),
              SqlValues.number(row, "grid_voltage"),
              SqlValues.number(row, "battery_voltage"),
              SqlValues.number(row, "battery_current"),
              SqlValues.number(row, "battery_temperature"),
              optionalNumber(row, columns, "grid_import_total_kwh"),
              optionalNumber(row, columns, "grid_export_total_kwh"),
              optionalNumber(row, columns, "house_consumption_total_kwh"),
              optionalNumber(row, columns, "pv_generation_total_kwh"),
              columns.contains("tariff_zone") ? SqlValues.tariffZone(row, "tariff_zone") : null));
    }

    EnergyReading toReading(Instant at) {
      return values.at(at);
    }

    private static @Nullable Double optionalNumber(ResultSet row, Set<String> columns, String name)
        throws SQLException {
      return columns.contains(name) ? SqlValues.number(row, name) : null;
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
