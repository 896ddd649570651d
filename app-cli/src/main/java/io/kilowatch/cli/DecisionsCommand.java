package io.kilowatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kilowatch.runtime.report.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kilowatch decisions [--since 24h|7d|DURATION|TIME]}: the coordinator's decisions, newest
 * first. {@code --json} prints the body of {@code GET /decisions}; with a {@code --since} shorter
 * than its window, only the rows from then, the counts recounted and {@code since} added.
 */
@Command(
    name = "decisions",
    mixinStandardHelpOptions = true,
    description = "Show the coordinator's decisions (charge, wait, sell), newest first.")
final class DecisionsCommand extends DataCommand {

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      defaultValue = "24h",
      description =
          "24h, 7d, a duration up to 7d (6h, 3d) or a time (2026-11-20T06:00, local unless it has"
              + " an offset) within the last 7 days (default: ${DEFAULT-VALUE}).")
  String since;

  @Override
  int run(Kilowatch kilowatch) {
    Since window = Since.parse(since, Clock.systemUTC().instant(), ZoneId.systemDefault());
    JsonNode body = kilowatch.decisions(window.timeRange());
    if (window.from().isPresent() && body.isObject()) {
      body = from((ObjectNode) body, window.from().get());
    }
    if (common.json) {
      printJson(body);
      return ExitCodes.OK;
    }
    out()
        .println(
            Json.text(body, "total_count")
                + " decisions "
                + (window.from().isPresent()
                    ? "since " + Json.text(body, "since")
                    : "in the last " + window.timeRange())
                + ": "
                + Json.text(body, "charging_count")
                + " charging, "
                + Json.text(body, "wait_count")
                + " wait, "
                + Json.text(body, "battery_selling_count")
                + " selling");
    Table table = new Table("TIME", "CATEGORY", "ACTION", "SOC", "PRICE", "ENERGY", "REASON");
    for (JsonNode row : body.path("decisions")) {
      table.row(
          Json.text(row, "timestamp"),
          Json.text(row, "category"),
          Json.text(row, "action"),
          Json.number(row, "battery_soc", 0, "%"),
          Json.number(row, row.has("current_price") ? "current_price" : "current_price_pln", 4, ""),
          Json.number(row, "energy_kwh", 2, "kWh"),
          Json.text(row, "reason"));
      if (row.path("category").asText().equals("charging")) {
        table.style(Terminal.GREEN);
      }
    }
    table.print(out(), colour());
    printFreshness(body);
    return ExitCodes.OK;
  }

  /** The rows from {@code from} on, recounted, with {@code since}. */
  private static JsonNode from(ObjectNode body, Instant from) {
    ArrayNode kept = body.arrayNode();
    int charging = 0;
    int waiting = 0;
    int selling = 0;
    for (JsonNode row : body.path("decisions")) {
      boolean recent =
          Json.time(row, "timestamp").map(at -> !at.toInstant().isBefore(from)).orElse(false);
      if (!recent) {
        continue;
      }
      kept.add(row);
      switch (row.path("category").asText()) {
        case "charging" -> charging++;
        case "selling" -> selling++;
        default -> waiting++;
      }
    }
    ObjectNode filtered = body.deepCopy();
    filtered.set("decisions", kept);
    filtered.put("total_count", kept.size());
    filtered.put("charging_count", charging);
    filtered.put("wait_count", waiting);
    filtered.put("battery_selling_count", selling);
    filtered.put("data_source", kept.isEmpty() ? "none" : "real");
    filtered.put("since", Timestamps.format(from, ZoneId.systemDefault()));
    return filtered;
  }
}
