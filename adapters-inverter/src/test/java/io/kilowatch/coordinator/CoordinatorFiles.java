package io.kilowatch.coordinator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kilowatch.core.energy.ChargingDecision;
import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.energy.SellingDecision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Writes files the way the coordinator does: state records (pretty object or JSON Lines, powers in
 * W or in kW) and decision files, with naive local timestamps in Python's {@code isoformat()}.
 * Unknown values are written as the collector writes them: the string {@code "Unknown"}.
 */
final class CoordinatorFiles {

  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd_HHmmss");

  /** How power is written. */
  enum Units {
    WATTS,
    KILOWATTS
  }

  private CoordinatorFiles() {}

  /** Python's {@code isoformat()} of {@code instant}'s local time in Warsaw. */
  static String isoformat(Instant instant) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, WARSAW);
    String text = ISO.format(local);
    return text.endsWith(".000000") ? text.substring(0, 19) : text;
  }

  /** The {@code YYYYMMDD_HHMMSS} stamp of file names. */
  static String stamp(Instant instant) {
    return STAMP.format(LocalDateTime.ofInstant(instant, WARSAW));
  }

  /** A state record as a JSON object. */
  static ObjectNode stateRecord(InverterState state, Units units) {
    ObjectNode record = JSON.createObjectNode();
    record.put("timestamp", isoformat(state.readAt().plusSeconds(2)));
    record.put("state", state.mode());
    record.put("uptime_seconds", 51922.774301);
    ObjectNode data = record.putObject("current_data");
    data.put("timestamp", isoformat(state.readAt()));
    ObjectNode battery = data.putObject("battery");
    put(battery, "soc_percent", state.battery().socPercent());
    power(battery, "power", state.battery().powerW(), units);
    put(battery, "voltage", state.battery().voltageV());
    put(battery, "current", state.battery().currentA());
    put(battery, "temperature", state.battery().temperatureC());
    battery.put("charging_status", false);
    ObjectNode pv = data.putObject("photovoltaic");
    power(pv, "current_power", state.photovoltaics().powerW(), units);
    put(pv, "daily_production_kwh", state.photovoltaics().producedTodayKwh());
    ObjectNode grid = data.putObject("grid");
    Double imported = state.grid().powerW();
    power(grid, "power", imported == null ? null : 0.0 - imported, units);
    put(grid, "voltage", state.grid().voltageV());
    put(grid, "l1_current_a", state.grid().l1CurrentA());
    put(grid, "l2_current_a", state.grid().l2CurrentA());
    put(grid, "l3_current_a", state.grid().l3CurrentA());
    put(grid, "today_imported_kwh", state.grid().importedTodayKwh());
    put(grid, "today_exported_kwh", state.grid().exportedTodayKwh());
    put(grid, "total_imported_kwh", state.grid().importedTotalKwh());
    put(grid, "total_exported_kwh", state.grid().exportedTotalKwh());
    ObjectNode house = data.putObject("house_consumption");
    power(house, "current_power", state.house().consumptionW(), units);
    put(house, "daily_total_kwh", state.house().consumedTodayKwh());
    put(house, "total_consumption_kwh", state.house().consumedTotalKwh());
    data.put("tariff_zone", "T2");
    record.putObject("performance_metrics").put("last_update", "2025-11-18 14:07:30.990127");
    record.put("decision_count", 58);
    return record;
  }

  /** The record pretty-printed, as the coordinator's fallback writes one file per save. */
  static String pretty(ObjectNode record) {
    try {
      return PRETTY.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The record on one line, as the legacy file storage appends them. */
  static String line(ObjectNode record) {
    return record.toString();
  }

  /** Writes {@code text} to {@code file} and sets its modification time. */
  static Path write(Path file, String text, Instant modifiedAt) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      Files.setLastModifiedTime(file, FileTime.from(modifiedAt));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A decision file's JSON as the coordinator writes it (charging power in kW). */
  static String decisionJson(Decision decision) {
    return pretty(
        decision instanceof ChargingDecision charging
            ? chargingJson(charging)
            : sellingJson((SellingDecision) decision));
  }

  /** Writes {@code decision} to its file in {@code directory}, named by its time. */
  static Path writeDecision(Path directory, Decision decision) {
    String prefix =
        decision instanceof ChargingDecision ? "charging_decision_" : "battery_selling_decision_";
    Path file = directory.resolve(prefix + stamp(decision.at()) + ".json");
    return write(file, decisionJson(decision), decision.at());
  }

  private static ObjectNode chargingJson(ChargingDecision decision) {
    ObjectNode json = JSON.createObjectNode();
    json.put("timestamp", isoformat(decision.at()));
    json.put("action", decision.action());
    putText(json, "source", decision.chargingSource());
    omitIfNull(json, "duration", decision.durationHours());
    omitIfNull(json, "energy_kwh", decision.energyKwh());
    omitIfNull(json, "estimated_cost_pln", decision.estimatedCostPln());
    omitIfNull(json, "estimated_savings_pln", decision.estimatedSavingsPln());
    omitIfNull(json, "confidence", decision.confidence());
    putText(json, "reason", decision.reason());
    putText(json, "priority", decision.priority());
    omitIfNull(json, "battery_soc", decision.batterySocPercent());
    omitIfNull(json, "pv_power", kilowatts(decision.pvPowerW()));
    omitIfNull(json, "house_consumption", kilowatts(decision.houseConsumptionW()));
    omitIfNull(json, "current_price", decision.currentPricePlnPerKwh());
    omitIfNull(json, "cheapest_price", decision.cheapestPricePlnPerKwh());
    if (decision.cheapestHour() != null) {
      json.put("cheapest_hour", decision.cheapestHour());
    }
    putText(json, "tariff_zone", decision.tariffZone());
    return json;
  }

  private static ObjectNode sellingJson(SellingDecision decision) {
    ObjectNode json = JSON.createObjectNode();
    json.put("timestamp", isoformat(decision.at()));
    json.put("action", decision.action());
    putText(json, "decision", decision.outcome());
    omitIfNull(json, "confidence", decision.confidence());
    omitIfNull(json, "expected_revenue_pln", decision.expectedRevenuePln());
    omitIfNull(json, "selling_power_w", decision.sellingPowerW());
    omitIfNull(json, "estimated_duration_hours", decision.estimatedDurationHours());
    putText(json, "reasoning", decision.reasoning());
    if (decision.safetyChecksPassed() != null) {
      json.put("safety_checks_passed", decision.safetyChecksPassed());
    }
    putText(json, "risk_level", decision.riskLevel());
    omitIfNull(json, "current_price_pln", decision.currentPricePlnPerKwh());
    omitIfNull(json, "battery_soc", decision.batterySocPercent());
    omitIfNull(json, "pv_power", decision.pvPowerW());
    omitIfNull(json, "house_consumption", decision.houseConsumptionW());
    omitIfNull(json, "energy_sold_kwh", decision.energySoldKwh());
    omitIfNull(json, "revenue_per_kwh_pln", decision.currentPricePlnPerKwh());
    putText(json, "safety_status", decision.safetyStatus());
    if (decision.executionSuccess() != null) {
      json.put("execution_success", decision.executionSuccess());
    }
    if (decision.executionError() == null) {
      json.putNull("execution_error");
    } else {
      json.put("execution_error", decision.executionError());
    }
    return json;
  }

  private static @Nullable Double kilowatts(@Nullable Double watts) {
    return watts == null ? null : watts / 1000;
  }

  private static void power(ObjectNode node, String name, @Nullable Double watts, Units units) {
    if (units == Units.WATTS) {
      put(node, name + "_w", watts);
    } else {
      put(node, name + "_kw", kilowatts(watts));
    }
  }

  private static void put(ObjectNode node, String name, @Nullable Double value) {
    if (value == null) {
      node.put(name, "Unknown");
    } else {
      node.put(name, value);
    }
  }

  private static void omitIfNull(ObjectNode node, String name, @Nullable Double value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static void putText(ObjectNode node, String name, @Nullable String value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
