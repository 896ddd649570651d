package io.kilowatch.coordinator;

import static io.kilowatch.coordinator.CoordinatorJson.number;
import static io.kilowatch.coordinator.CoordinatorJson.section;
import static io.kilowatch.coordinator.CoordinatorJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.energy.InverterState.Battery;
import io.kilowatch.core.energy.InverterState.Grid;
import io.kilowatch.core.energy.InverterState.House;
import io.kilowatch.core.energy.InverterState.Photovoltaics;
import io.kilowatch.core.energy.PowerUnits;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Turns a coordinator state record ({@code {timestamp, state, current_data: {...}, ...}}) into an
 * {@link InverterState}: units normalised to W whichever of {@code *_w} and {@code *_kw} the
 * version wrote, the grid's sign turned to "positive imports", {@code "Unknown"} read as unknown.
 */
final class StateRecordMapper {

  private StateRecordMapper() {}

  /**
   * @param record the state record
   * @param zone the installation's zone, for the naive local timestamps
   * @param fallbackReadAt used when the record carries no readable timestamp (the file's time)
   */
  static InverterState toState(JsonNode record, ZoneId zone, Instant fallbackReadAt) {
    JsonNode data = section(record, "current_data");
    String mode = text(record, "state");
    return new InverterState(
        readAt(data, record, zone, fallbackReadAt),
        mode == null ? InverterState.UNKNOWN_MODE : mode,
        battery(section(data, "battery")),
        photovoltaics(section(data, "photovoltaic"), section(data, "pv")),
        grid(section(data, "grid")),
        house(section(data, "house_consumption"), section(data, "consumption")));
  }

  /** The collector's own time of reading; the save time only if that is missing. */
  private static Instant readAt(JsonNode data, JsonNode record, ZoneId zone, Instant fallback) {
    for (JsonNode holder : new JsonNode[] {data, record}) {
      String timestamp = text(holder, "timestamp");
      if (timestamp != null) {
        var parsed = CoordinatorTime.parse(timestamp, zone);
        if (parsed.isPresent()) {
          return parsed.get();
        }
      }
    }
    return fallback;
  }

  private static Battery battery(JsonNode battery) {
    Double soc = number(battery, "soc_percent");
    return new Battery(
        soc != null && soc >= 0 && soc <= 100 ? soc : null,
        watts(battery, "power_w", "power_kw"),
        number(battery, "voltage"),
        number(battery, "current"),
        number(battery, "temperature"));
  }

  private static Photovoltaics photovoltaics(JsonNode pv, JsonNode legacy) {
    Double power = watts(pv, "current_power_w", "current_power_kw");
    return new Photovoltaics(
        power != null ? power : number(legacy, "power_w", "total_power", "power"),
        number(pv, "daily_production_kwh", "daily_generation_kwh"));
  }

  private static Grid grid(JsonNode grid) {
    Double exported = watts(grid, "power_w", "power_kw");
    return new Grid(
        // The meter counts export as positive; InverterState counts import as positive.
        exported == null ? null : 0.0 - exported,
        number(grid, "voltage"),
        number(grid, "l1_current_a"),
        number(grid, "l2_current_a"),
        number(grid, "l3_current_a"),
        number(grid, "today_imported_kwh"),
        number(grid, "today_exported_kwh"),
        number(grid, "total_imported_kwh"),
        number(grid, "total_exported_kwh"));
  }

  private static House house(JsonNode house, JsonNode legacy) {
    Double power = watts(house, "current_power_w", "current_power_kw");
    return new House(
        power != null ? power : number(legacy, "current_power_w", "power_w", "house_consumption"),
        number(house, "daily_total_kwh", "daily_consumption_kwh"),
        number(house, "total_consumption_kwh"));
  }

  /** The value in W: from the W field if known, else from the kW field. */
  private static @Nullable Double watts(JsonNode section, String wattsName, String kilowattsName) {
    Double watts = number(section, wattsName);
    if (watts != null) {
      return watts;
    }
    Double kilowatts = number(section, kilowattsName);
    return kilowatts == null ? null : PowerUnits.kilowattsToWatts(kilowatts);
  }
}
