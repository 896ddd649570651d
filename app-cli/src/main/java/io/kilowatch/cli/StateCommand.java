package io.kilowatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;

/**
 * {@code kilowatch state}: the newest inverter reading (battery, PV, house, grid) and the price
 * now. {@code --json} prints the body of {@code GET /current-state}.
 */
@Command(
    name = "state",
    mixinStandardHelpOptions = true,
    description = {
      "Show the newest inverter reading: battery, PV, house and grid, and the price now.",
      "Grid power is positive while exporting, as in the HTTP API."
    })
final class StateCommand extends DataCommand {

  @Override
  int run(Kilowatch kilowatch) {
    JsonNode body = kilowatch.state();
    if (common.json) {
      printJson(body);
      return ExitCodes.OK;
    }
    out()
        .println(
            "Reading of "
                + Json.text(body, "timestamp")
                + " ("
                + Json.text(body, "data_source")
                + "), coordinator mode "
                + Json.text(body, "coordinator_state"));
    JsonNode battery = body.path("battery");
    JsonNode pv = body.path("photovoltaic");
    JsonNode house = body.path("house_consumption");
    JsonNode grid = body.path("grid");
    Table table = new Table("", "NOW", "TODAY", "DETAILS");
    table.row(
        "battery",
        Json.number(battery, "soc_percent", 1, "%"),
        "-",
        Json.text(battery, "charging_status")
            + ", "
            + Json.number(battery, "power_w", 0, "W")
            + ", "
            + Json.number(battery, "temperature_c", 1, "°C"));
    table.row(
        "pv",
        Json.number(pv, "current_power_w", 0, "W"),
        Json.number(pv, "daily_generation_kwh", 2, "kWh"),
        "");
    table.row(
        "house",
        Json.number(house, "current_power_w", 0, "W"),
        Json.number(house, "daily_consumption_kwh", 2, "kWh"),
        "");
    table.row(
        "grid",
        Json.number(grid, "current_power_w", 0, "W"),
        "in "
            + Json.number(grid, "daily_import_kwh", 2, "kWh")
            + ", out "
            + Json.number(grid, "daily_export_kwh", 2, "kWh"),
        Json.text(grid, "flow_direction"));
    table.row(
        "price",
        Json.number(body.path("pricing"), "current_price_pln_kwh", 4, "PLN/kWh"),
        "-",
        "final price now");
    table.print(out(), colour());
    printFreshness(body);
    return ExitCodes.OK;
  }
}
