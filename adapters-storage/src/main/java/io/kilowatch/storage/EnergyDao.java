package io.kilowatch.storage;

import io.kilowatch.core.energy.EnergyReading;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code energy_data} rows of any schema version: the columns schema version 4 added (energy
 * counters, tariff zone) are read when the table has them and are {@code null} otherwise.
 */
final class EnergyDao {

  /**
   * Rows with {@code :from <= timestamp < :to}, by text comparison: a range search of the primary
   * key (or {@code idx_energy_timestamp}).
   */
  static final String BETWEEN =
      """
      SELECT * FROM energy_data
      WHERE timestamp >= :from AND timestamp < :to
      ORDER BY timestamp
      """;

  private EnergyDao() {}

  /** Streams the rows to {@code sink}, without holding them all. */
  static void between(Handle handle, String from, String to, Consumer<EnergyRow> sink) {
    ColumnSet columns = new ColumnSet();
    handle
        .createQuery(BETWEEN)
        .bind("from", from)
        .bind("to", to)
        .map((row, context) -> EnergyRow.of(row, columns.of(row)))
        .forEach(sink);
  }

  /** The columns of the result, read from the first row's metadata. */
  private static final class ColumnSet {
    private @Nullable Set<String> names;

    Set<String> of(ResultSet row) throws SQLException {
      if (names == null) {
        ResultSetMetaData meta = row.getMetaData();
        Set<String> found = new HashSet<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          found.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        names = found;
      }
      return names;
    }
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
