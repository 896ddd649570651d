package io.kilowatch.runtime.api;

import io.kilowatch.core.energy.CurrentState;
import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.runtime.KilowatchRuntime.StateOrigin;
import io.kilowatch.runtime.report.Timestamps;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET /current-state}: the reference's field names (its section 7.4) filled from
 * the newest inverter reading, and nothing made up.
 *
 * <ul>
 *   <li>Units: W, kWh, %, °C, V, A. <b>{@code grid.current_power_w} is positive while exporting</b>
 *       (the reference's sign; Kilowatch's own {@code InverterState} counts imports positive), and
 *       {@code grid.flow_direction} is {@code Import}, {@code Export} or {@code Neutral} by that
 *       power. {@code battery.charging_status} is {@code charging}, {@code discharging} or {@code
 *       idle} by the battery's power; {@code battery.health_status} is the reference's rule ({@code
 *       good} above 20 % state of charge, else {@code warning}).
 *   <li>Unknown values are {@code null}, never a placeholder: the reference's static {@code
 *       weather}, {@code decision_factors}, {@code recommendations} and {@code system_health} are
 *       {@code null}, {@code photovoltaic.efficiency_percent} too (the coordinator never measures
 *       it), and {@code pricing} holds the current price only (cheapest, average and trend are in
 *       {@code /prices}) or is {@code null} without prices. The freshness block lists every such
 *       field under {@code unavailable}.
 *   <li>Extra, real fields: {@code coordinator_state} (the coordinator's mode when it saved the
 *       reading), {@code battery.power_w/voltage_v/current_a}, {@code grid.voltage_v}.
 *   <li>Time fields, per second: {@code data_source} ({@link DataSources}), {@code
 *       cache_age_seconds} (the reading's age) and, once the reading is stale, {@code data_warning}
 *       as the reference words it.
 * </ul>
 */
public final class CurrentStateBody {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private static final List<String> PRICE_FIELDS_ELSEWHERE =
      List.of(
          "pricing.average_price_pln_kwh",
          "pricing.cheapest_price_pln_kwh",
          "pricing.cheapest_hour",
          "pricing.price_trend");

  private final StateOrigin origin;
  private final ZoneId zone;
  private final ViewBody<CurrentState> body;

  /**
   * @param origin where the current state is read from (it names {@code data_source})
   * @param zone the zone of the timestamps
   */
  public CurrentStateBody(StateOrigin origin, ZoneId zone) {
    this.origin = origin;
    this.zone = zone;
    this.body =
        ViewBody.<CurrentState>of(state -> map(state).fields, this::missing)
            .withTimeFields(this::timeFields)
            .withUnavailable(this::unavailable);
  }

  /** The body of the current-state view. */
  public ViewBody<CurrentState> body() {
    return body;
  }

  private Map<String, @Nullable Object> missing(Snapshot<CurrentState> snapshot) {
    Map<String, @Nullable Object> fields = new LinkedHashMap<>();
    for (String field : topLevelFields()) {
      fields.put(field, null);
    }
    return fields;
  }

  private List<String> unavailable(Snapshot<CurrentState> snapshot) {
    return snapshot
        .value()
        .map(state -> map(state).unknown)
        .orElseGet(CurrentStateBody::topLevelFields);
  }

  private Map<String, @Nullable Object> timeFields(
      Snapshot<CurrentState> snapshot, Freshness state, Instant now) {
    Map<String, @Nullable Object> fields = new LinkedHashMap<>();
    fields.put("data_source", DataSources.label(origin, state));
    Duration age = snapshot.ageAt(now).orElse(null);
    fields.put("cache_age_seconds", age == null ? null : Timestamps.seconds(age));
    if (age != null && (state == Freshness.STALE || state == Freshness.EXPIRED)) {
      Instant readAt = snapshot.fetchedAt().orElseThrow();
      fields.put(
          "data_warning",
          "Data is "
              + age.toSeconds()
              + "s old (from "
              + CLOCK.format(LocalTime.ofInstant(readAt.truncatedTo(ChronoUnit.SECONDS), zone))
              + ")");
    }
    return fields;
  }

  private Mapped map(CurrentState state) {
    InverterState reading = state.inverter();
    Mapped mapped = new Mapped();
    mapped.put("timestamp", Timestamps.format(reading.readAt(), zone));
    mapped.put("coordinator_state", reading.mode());
    mapped.put("battery", battery(mapped, reading.battery()));
    mapped.put("photovoltaic", photovoltaic(mapped, reading.photovoltaics()));
    mapped.put("house_consumption", house(mapped, reading.house()));
    mapped.put("grid", grid(mapped, reading.grid()));
    mapped.put("pricing", pricing(mapped, state.pricePlnPerKwh()));
    mapped.put("weather", null);
    mapped.put("decision_factors", null);
    mapped.put("recommendations", null);
    mapped.put("system_health", null);
    mapped.put("data_timestamp", Timestamps.format(reading.readAt(), zone));
    return mapped;
  }

  private static Map<String, @Nullable Object> battery(Mapped mapped, InverterState.Battery b) {
    Section section = mapped.section("battery");
    section.put("soc_percent", b.socPercent());
    section.put("temperature_c", b.temperatureC());
    section.put("charging_status", chargingStatus(b.powerW()));
    section.put(
        "health_status", b.socPercent() == null ? null : b.socPercent() > 20 ? "good" : "warning");
    section.put("power_w", b.powerW());
    section.put("voltage_v", b.voltageV());
    section.put("current_a", b.currentA());
    return section.fields;
  }

  private static Map<String, @Nullable Object> photovoltaic(
      Mapped mapped, InverterState.Photovoltaics pv) {
    Section section = mapped.section("photovoltaic");
    section.put("current_power_w", pv.powerW());
    section.put("daily_generation_kwh", pv.producedTodayKwh());
    section.put("efficiency_percent", null); // the coordinator never measures it
    return section.fields;
  }

  private static Map<String, @Nullable Object> house(Mapped mapped, InverterState.House house) {
    Section section = mapped.section("house_consumption");
    section.put("current_power_w", house.consumptionW());
    section.put("daily_consumption_kwh", house.consumedTodayKwh());
    return section.fields;
  }

  private static Map<String, @Nullable Object> grid(Mapped mapped, InverterState.Grid grid) {
    Section section = mapped.section("grid");
    Double imported = grid.powerW();
    // 0.0 - x, not -x: no negative zero on the wire.
    section.put("current_power_w", imported == null ? null : 0.0 - imported);
    section.put("flow_direction", flowDirection(imported));
    section.put("daily_import_kwh", grid.importedTodayKwh());
    section.put("daily_export_kwh", grid.exportedTodayKwh());
    section.put("l1_current_a", grid.l1CurrentA());
    section.put("l2_current_a", grid.l2CurrentA());
    section.put("l3_current_a", grid.l3CurrentA());
    section.put("voltage_v", grid.voltageV());
    return section.fields;
  }

  private static @Nullable Map<String, @Nullable Object> pricing(
      Mapped mapped, @Nullable BigDecimal price) {
    if (price == null) {
      mapped.unknown.add("pricing");
      return null;
    }
    Map<String, @Nullable Object> pricing = new LinkedHashMap<>();
    pricing.put("current_price_pln_kwh", price);
    pricing.put("average_price_pln_kwh", null);
    pricing.put("cheapest_price_pln_kwh", null);
    pricing.put("cheapest_hour", null);
    pricing.put("price_trend", null);
    mapped.unknown.addAll(PRICE_FIELDS_ELSEWHERE);
    return pricing;
  }

  private static @Nullable String chargingStatus(@Nullable Double batteryPowerW) {
    if (batteryPowerW == null) {
      return null;
    }
    return batteryPowerW < 0 ? "charging" : batteryPowerW > 0 ? "discharging" : "idle";
  }

  private static @Nullable String flowDirection(@Nullable Double importedW) {
    if (importedW == null) {
      return null;
    }
    return importedW > 0 ? "Import" : importedW < 0 ? "Export" : "Neutral";
  }

  private static List<String> topLevelFields() {
    return List.of(
        "timestamp",
        "coordinator_state",
        "battery",
        "photovoltaic",
        "house_consumption",
        "grid",
        "pricing",
        "weather",
        "decision_factors",
        "recommendations",
        "system_health",
        "data_timestamp");
  }

  /** A body being built, with the paths of the fields left null. */
  private static final class Mapped {
    final Map<String, @Nullable Object> fields = new LinkedHashMap<>();
    final List<String> unknown = new ArrayList<>();

    /** Puts a field; a null is listed as unknown ({@code pricing} lists its own). */
    void put(String field, @Nullable Object value) {
      fields.put(field, value);
      if (value == null && !field.equals("pricing")) {
        unknown.add(field);
      }
    }

    Section section(String name) {
      return new Section(name, unknown);
    }
  }

  /** One nested object of the body. */
  private static final class Section {
    final String name;
    final List<String> unknown;
    final Map<String, @Nullable Object> fields = new LinkedHashMap<>();

    Section(String name, List<String> unknown) {
      this.name = name;
      this.unknown = unknown;
    }

    void put(String field, @Nullable Object value) {
      fields.put(field, value);
      if (value == null) {
        unknown.add(name + "." + field);
      }
    }
  }
}
