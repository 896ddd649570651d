package io.kilowatch.http;

import io.kilowatch.runtime.report.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Demo responses in the reference's shapes (dashboard-api.md sections 4, 5, 7, 12, 13, 15), with
 * Kilowatch's ISO-8601 timestamps: what the data controllers will serve, so the page can be tested
 * before they exist. Deterministic apart from the time.
 */
final class DemoData {

  static final int LOG_LINES = 40;

  private DemoData() {}

  /** An unmodifiable JSON object from key, value pairs (values may be null). */
  static Map<String, Object> object(@Nullable Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      map.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  static Map<String, Object> status(Instant now, ZoneId zone) {
    String modified = Timestamps.format(now.minusSeconds(20), zone);
    return object(
        "status",
        "running",
        "timestamp",
        Timestamps.format(now, zone),
        "coordinator_running",
        true,
        "coordinator_pid",
        4242,
        "data_source",
        "database_fresh",
        "log_files",
        object(
            "master_coordinator.log", object("size", 1_843_200, "modified", modified),
            "enhanced_data_collector.log", object("size", 512_000, "modified", modified)),
        "server_uptime",
        93_784.2,
        "server_uptime_human",
        "1d 2h",
        "storage",
        object("connected", true, "has_data", true, "type", "sqlite"),
        "background_worker",
        object(
            "alive",
            true,
            "health",
            "healthy",
            "last_errors",
            object("inverter", null, "price", null, "metrics", null)));
  }

  static Map<String, Object> currentState(Instant now, ZoneId zone) {
    return object(
        "timestamp", Timestamps.format(now, zone),
        "data_source", "database_fresh",
        "battery",
            object(
                "soc_percent",
                63.5,
                "temperature_c",
                24.1,
                "charging_status",
                "charging",
                "health_status",
                "good"),
        "photovoltaic", object("current_power_w", 3120, "daily_generation_kwh", 14.2),
        "house_consumption", object("current_power_w", 870, "daily_consumption_kwh", 9.6),
        "grid",
            object(
                "current_power_w", -1250,
                "flow_direction", "Import",
                "daily_import_kwh", 4.1,
                "daily_export_kwh", 6.3,
                "l1_current_a", 2.3,
                "l2_current_a", 1.8,
                "l3_current_a", 2.1),
        "pricing",
            object(
                "current_price_pln_kwh", 0.6123,
                "average_price_pln_kwh", 0.6871,
                "cheapest_price_pln_kwh", 0.1852,
                "cheapest_hour", "03:00",
                "price_trend", "stable"),
        "data_timestamp", Timestamps.format(now.minusSeconds(12), zone));
  }

  /** One decision every 15 minutes over the last 24 hours, two battery sales among them. */
  static Map<String, Object> decisions(Instant now, ZoneId zone) {
    List<Map<String, Object>> decisions = new ArrayList<>();
    int charging = 0;
    int selling = 0;
    Instant last = now.truncatedTo(ChronoUnit.MINUTES);
    for (int i = 0; i < 96; i++) {
      Instant at = last.minus(Duration.ofMinutes(15L * i));
      int hour = ZonedDateTime.ofInstant(at, zone).getHour();
      String time = Timestamps.format(at, zone);
      if (i == 10 || i == 14) {
        selling++;
        decisions.add(
            object(
                "timestamp",
                time,
                "action",
                "battery_selling",
                "decision",
                "start_selling",
                "confidence",
                0.82,
                "expected_revenue_pln",
                1.84,
                "reasoning",
                "Evening peak 0.98 PLN/kWh, battery above 80%",
                "current_price_pln",
                0.9812,
                "battery_soc",
                84,
                "pv_power",
                120,
                "energy_sold_kwh",
                2.1));
      } else if (hour >= 1 && hour < 5) {
        charging++;
        decisions.add(
            object(
                "timestamp", time,
                "action", "charge",
                "source", "grid",
                "energy_kwh", 1.25,
                "estimated_cost_pln", 0.31,
                "estimated_savings_pln", 0.42,
                "confidence", 0.9,
                "reason", "Cheapest window of the day: grid charging",
                "battery_soc", 30 + i % 40,
                "pv_power", 0.0,
                "current_price", 0.2481));
      } else {
        decisions.add(
            object(
                "timestamp",
                time,
                "action",
                "wait",
                "confidence",
                0.75,
                "reason",
                "Price above the day's threshold; keeping the battery",
                "battery_soc",
                55 + i % 30,
                "pv_power",
                hour >= 7 && hour < 18 ? 2.8 : 0.0,
                "current_price",
                0.6123));
      }
    }
    return object(
        "decisions",
        decisions,
        "total_count",
        decisions.size(),
        "charging_count",
        charging,
        "wait_count",
        decisions.size() - charging - selling,
        "battery_selling_count",
        selling,
        "time_range",
        "24h",
        "timestamp",
        Timestamps.format(now, zone),
        "data_source",
        "real");
  }

  /** Readings every 5 minutes over the last 24 hours (Kilowatch serves real ones). */
  static Map<String, Object> history(Instant now, ZoneId zone) {
    List<String> timestamps = new ArrayList<>();
    List<Double> soc = new ArrayList<>();
    List<Double> pv = new ArrayList<>();
    Instant end = now.truncatedTo(ChronoUnit.MINUTES);
    for (int i = 287; i >= 0; i--) {
      Instant at = end.minus(Duration.ofMinutes(5L * i));
      double hour =
          ZonedDateTime.ofInstant(at, zone).getHour() + (at.getEpochSecond() % 3600) / 3600.0;
      timestamps.add(Timestamps.format(at, zone));
      soc.add(Math.round((55 + 30 * Math.sin((hour - 9) / 24 * 2 * Math.PI)) * 10) / 10.0);
      double sun = Math.max(0, Math.sin((hour - 6) / 13 * Math.PI));
      pv.add(Math.round(5.6 * sun * sun * 100) / 100.0);
    }
    return object(
        "timestamps",
        timestamps,
        "soc_data",
        soc,
        "pv_power_data",
        pv,
        "data_points",
        timestamps.size(),
        "data_source",
        "database",
        "last_update",
        timestamps.get(timestamps.size() - 1),
        "current_soc",
        soc.get(soc.size() - 1),
        "current_pv_power",
        pv.get(pv.size() - 1) * 1000,
        "soc_range",
        object("min", Collections.min(soc), "max", Collections.max(soc)),
        "pv_peak",
        Collections.max(pv));
  }

  static Map<String, Object> monthlySummary(YearMonth month) {
    int scale = 18 + month.getMonthValue();
    return object(
        "year", month.getYear(),
        "month", month.getMonthValue(),
        "month_name", month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
        "total_decisions", scale * 96,
        "charging_count", scale * 14,
        "wait_count", scale * 80,
        "selling_count", scale * 2,
        "total_energy_kwh", scale * 9.5,
        "total_energy_sold_kwh", scale * 2.1,
        "total_cost_pln", scale * 2.37,
        "total_savings_pln", scale * 3.05,
        "selling_revenue_pln", scale * 1.84,
        "avg_cost_per_kwh", 0.2495,
        "savings_percentage", 56.3,
        "avg_confidence", 0.8123,
        "days_with_data", scale,
        "real_grid_import_kwh", scale * 11.2,
        "grid_import_t1_kwh", scale * 3.4,
        "grid_import_t2_kwh", scale * 7.8,
        "grid_import_total_kwh", scale * 11.2,
        "energy_charged_t1_kwh", scale * 1.1,
        "energy_charged_t2_kwh", scale * 8.4,
        "source_breakdown", object("grid", scale * 14, "battery_selling", scale * 2),
        "daily_summaries", List.of());
  }

  static Map<String, Object> logs(Instant now, ZoneId zone) {
    String[] messages = {
      "INFO - Data collected successfully: SoC 63.5%, PV 3120 W",
      "INFO - Fetched 96 CSDAC price points for today",
      "INFO - Decision made: wait (price 0.61 PLN/kWh above the threshold)",
      "WARNING - Inverter answered slowly (2.4 s)",
      "DEBUG - Coordination loop pass finished in 1.2 s",
      "ERROR - Failed to read meter register 35140: timeout",
    };
    List<String> lines = new ArrayList<>();
    for (int i = LOG_LINES - 1; i >= 0; i--) {
      String time = Timestamps.format(now.minusSeconds(30L * i), zone).substring(0, 19);
      lines.add(
          time.replace('T', ' ') + " - master_coordinator - " + messages[i % messages.length]);
    }
    return object(
        "log_file",
        "master_coordinator.log",
        "total_lines",
        -1,
        "filtered_lines",
        -1,
        "returned_lines",
        lines.size(),
        "level_filter",
        "",
        "lines",
        lines);
  }
}
