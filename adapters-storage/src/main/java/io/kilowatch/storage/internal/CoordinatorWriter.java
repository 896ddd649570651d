package io.kilowatch.storage.internal;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.ChargingDecision;
import io.kilowatch.core.energy.EnergyReading;
import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.energy.SellingDecision;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;

/**
 * Writes rows into the coordinator's database the way the coordinator does: naive local timestamps
 * in Python's {@code isoformat()}, JSON parameters limited to the coordinator's whitelist, watts as
 * integers, the meter's grid sign, {@code "Unknown"} for unknown readings. One read-write
 * connection in WAL mode with a 5 s busy timeout, autocommit (one commit per row, as the
 * coordinator). Not thread-safe.
 */
public final class CoordinatorWriter implements AutoCloseable {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  private static final DateTimeFormatter MICROSECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
  private static final String UNKNOWN = "Unknown";

  private final Connection connection;
  private final ZoneId zone;
  private final boolean energyCounters;

  private CoordinatorWriter(Connection connection, ZoneId zone) throws SQLException {
    this.connection = connection;
    this.zone = zone;
    this.energyCounters = hasColumn("energy_data", "tariff_zone");
  }

  /** A writer on the database {@code file} whose timestamps are local time in {@code zone}. */
  public static CoordinatorWriter open(Path file, ZoneId zone) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(5000);
    return new CoordinatorWriter(
        config.createConnection("jdbc:sqlite:" + file), requireNonNull(zone, "'zone'"));
  }

  /** The connection, for statements of a test's own. */
  public Connection connection() {
    return connection;
  }

  /** {@code instant} as the coordinator writes it: local, 6 fraction digits or none. */
  public String timestamp(Instant instant) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.MICROS);
    return local.get(ChronoField.MICRO_OF_SECOND) == 0
        ? SECONDS.format(local)
        : MICROSECONDS.format(local);
  }

  /** A charging decision as the coordinator of {@code era} stored it. */
  public void charging(ChargingDecision decision, DecisionEra era) throws SQLException {
    Map<String, Object> parameters = new LinkedHashMap<>();
    put(parameters, "confidence", decision.confidence());
    put(parameters, "current_price", decision.currentPricePlnPerKwh());
    put(parameters, "cheapest_price", decision.cheapestPricePlnPerKwh());
    put(parameters, "cheapest_hour", decision.cheapestHour());
    put(parameters, "battery_soc", decision.batterySocPercent());
    Double pvW = decision.pvPowerW();
    put(parameters, "pv_power", pvW == null || !era.kilowatts() ? pvW : Double.valueOf(pvW / 1000));
    if (era.figures()) {
      put(parameters, "energy_kwh", decision.energyKwh());
      put(parameters, "estimated_cost_pln", decision.estimatedCostPln());
      put(parameters, "estimated_savings_pln", decision.estimatedSavingsPln());
    }
    if (era.tariffZone()) {
      put(parameters, "tariff_zone", decision.tariffZone());
    }
    decisionRow(
        timestamp(decision.at()),
        era.typed() ? "charging" : null,
        decision.action(),
        decision.reason(),
        PythonJson.write(parameters));
  }

  /**
   * A selling decision as stored live ({@code decision_type} NULL) or as imported by the
   * coordinator's migration script ({@code battery_selling}).
   */
  public void selling(SellingDecision decision, boolean imported) throws SQLException {
    Map<String, Object> parameters = new LinkedHashMap<>();
    put(parameters, "confidence", decision.confidence());
    put(parameters, "current_price_pln", decision.currentPricePlnPerKwh());
    put(parameters, "battery_soc", decision.batterySocPercent());
    put(parameters, "pv_power", decision.pvPowerW());
    put(parameters, "expected_revenue_pln", decision.expectedRevenuePln());
    decisionRow(
        timestamp(decision.at()),
        imported ? "battery_selling" : null,
        decision.action(),
        null,
        PythonJson.write(parameters));
  }

  /** A raw {@code coordinator_decisions} row. */
  public void decisionRow(
      String timestamp,
      @Nullable String decisionType,
      @Nullable String action,
      @Nullable String reason,
      @Nullable String parameters)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO coordinator_decisions (timestamp, decision_type, action, reason,"
                + " parameters) VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, timestamp);
      setText(insert, 2, decisionType);
      setText(insert, 3, action);
      setText(insert, 4, reason);
      setText(insert, 5, parameters);
      insert.executeUpdate();
    }
  }

  /** An {@code energy_data} row (the counters and zone only if the schema has them). */
  public void reading(EnergyReading reading) throws SQLException {
    String columns =
        "timestamp, battery_soc, pv_power, grid_power, house_consumption, battery_power,"
            + " grid_voltage, battery_voltage, battery_current, battery_temperature";
    String values = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
    if (energyCounters) {
      columns +=
          ", grid_import_total_kwh, grid_export_total_kwh, house_consumption_total_kwh,"
              + " pv_generation_total_kwh, tariff_zone";
      values += ", ?, ?, ?, ?, ?";
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT OR REPLACE INTO energy_data (" + columns + ") VALUES (" + values + ")")) {
      insert.setString(1, timestamp(reading.at()));
      setNumber(insert, 2, reading.batterySocPercent());
      setWatts(insert, 3, reading.pvPowerW());
      Double grid = reading.gridPowerW();
      setWatts(insert, 4, grid == null ? null : -grid);
      setWatts(insert, 5, reading.houseConsumptionW());
      setWatts(insert, 6, reading.batteryPowerW());
      setNumber(insert, 7, reading.gridVoltageV());
      setNumber(insert, 8, reading.batteryVoltageV());
      setNumber(insert, 9, reading.batteryCurrentA());
      setNumber(insert, 10, reading.batteryTemperatureC());
      if (energyCounters) {
        setNumber(insert, 11, reading.gridImportTotalKwh());
        setNumber(insert, 12, reading.gridExportTotalKwh());
        setNumber(insert, 13, reading.houseConsumptionTotalKwh());
        setNumber(insert, 14, reading.pvProducedTodayKwh());
        setText(insert, 15, reading.tariffZone());
      }
      insert.executeUpdate();
    }
  }

  /** A {@code system_state} row saved two seconds after {@code state} was read. */
  public void state(InverterState state) throws SQLException {
    InverterState.Battery battery = state.battery();
    InverterState.Grid grid = state.grid();
    InverterState.House house = state.house();
    Map<String, Object> batteryJson = new LinkedHashMap<>();
    batteryJson.put("soc_percent", known(battery.socPercent()));
    batteryJson.put("voltage", known(battery.voltageV()));
    batteryJson.put("current", known(battery.currentA()));
    batteryJson.put("power_w", known(battery.powerW()));
    batteryJson.put("temperature", known(battery.temperatureC()));
    Map<String, Object> pv = new LinkedHashMap<>();
    Double pvW = state.photovoltaics().powerW();
    pv.put("current_power_w", known(pvW));
    pv.put("current_power_kw", pvW == null ? 0.0 : pvW / 1000);
    pv.put("daily_production_kwh", known(state.photovoltaics().producedTodayKwh()));
    Map<String, Object> gridJson = new LinkedHashMap<>();
    gridJson.put("power_w", known(grid.powerW() == null ? null : -grid.powerW()));
    gridJson.put("voltage", known(grid.voltageV()));
    gridJson.put("l1_current_a", known(grid.l1CurrentA()));
    gridJson.put("l2_current_a", known(grid.l2CurrentA()));
    gridJson.put("l3_current_a", known(grid.l3CurrentA()));
    gridJson.put("total_exported_kwh", known(grid.exportedTotalKwh()));
    gridJson.put("total_imported_kwh", known(grid.importedTotalKwh()));
    gridJson.put("today_exported_kwh", known(grid.exportedTodayKwh()));
    gridJson.put("today_imported_kwh", known(grid.importedTodayKwh()));
    Map<String, Object> houseJson = new LinkedHashMap<>();
    houseJson.put("current_power_w", known(house.consumptionW()));
    houseJson.put("daily_total_kwh", known(house.consumedTodayKwh()));
    houseJson.put("total_consumption_kwh", known(house.consumedTotalKwh()));
    Map<String, Object> currentData = new LinkedHashMap<>();
    currentData.put("timestamp", timestamp(state.readAt()));
    currentData.put("battery", batteryJson);
    currentData.put("photovoltaic", pv);
    currentData.put("grid", gridJson);
    currentData.put("house_consumption", houseJson);
    currentData.put("tariff_zone", "T2");
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("pv_efficiency", pvW == null ? 0 : pvW);
    metrics.put("battery_utilization", 0);
    metrics.put("grid_dependency", 0);
    metrics.put("current_data", currentData);
    metrics.put("decision_count", 58);
    metrics.put("uptime_seconds", 51922.774301);
    stateRow(timestamp(state.readAt().plusSeconds(2)), state.mode(), PythonJson.write(metrics));
  }

  /** A raw {@code system_state} row. */
  public void stateRow(String timestamp, @Nullable String state, @Nullable String metrics)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO system_state (timestamp, state, uptime, active_modules, last_error,"
                + " metrics) VALUES (?, ?, 51922.774301, '', NULL, ?)")) {
      insert.setString(1, timestamp);
      setText(insert, 2, state);
      setText(insert, 3, metrics);
      insert.executeUpdate();
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  private boolean hasColumn(String table, String column) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet columns = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (columns.next()) {
        if (column.equals(columns.getString("name"))) {
          return true;
        }
      }
      return false;
    }
  }

  private static void put(Map<String, Object> parameters, String key, @Nullable Object value) {
    if (value != null) {
      parameters.put(key, value);
    }
  }

  private static Object known(@Nullable Double value) {
    return value == null ? UNKNOWN : value;
  }

  private static void setText(PreparedStatement statement, int index, @Nullable String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  private static void setNumber(PreparedStatement statement, int index, @Nullable Double value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.REAL);
    } else {
      statement.setDouble(index, value);
    }
  }

  /** Watts as the coordinator stores them: {@code int(float(x))}. */
  private static void setWatts(PreparedStatement statement, int index, @Nullable Double value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setLong(index, value.longValue());
    }
  }
}
