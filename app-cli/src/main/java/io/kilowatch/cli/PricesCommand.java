package io.kilowatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.kilowatch.runtime.api.PriceBodies;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kilowatch prices}: a price day as a table of market and final prices, the current period
 * marked ({@code >}), the cheapest window starred ({@code *}). {@code --json} prints the body of
 * {@code GET /prices}.
 */
@Command(
    name = "prices",
    mixinStandardHelpOptions = true,
    description = {
      "Show a day's prices (PLN/kWh): market and final price of every period, the current period"
          + " marked with >, the cheapest window with *.",
      "Exit 66 when the day's prices are not held (tomorrow's appear in the early afternoon)."
    })
final class PricesCommand extends DataCommand {

  /** Rows of the table: the day's own periods, or hourly averages. */
  enum Resolution {
    NATIVE,
    HOURLY;

    static Resolution parse(String text) {
      return switch (text) {
        case "15m" -> NATIVE;
        case "1h", "60m" -> HOURLY;
        default ->
            throw new picocli.CommandLine.TypeConversionException(
                "'" + text + "' is not a resolution: write 15m or 1h");
      };
    }
  }

  @Option(
      names = "--date",
      paramLabel = "DAY",
      defaultValue = "today",
      description = "today, tomorrow or YYYY-MM-DD of either (default: ${DEFAULT-VALUE}).")
  String date;

  @Option(
      names = "--tariff",
      paramLabel = "NAME",
      description =
          "Final prices of this tariff (G11, G12, G12as, G12w, G13, G13s, G14dynamic)"
              + " instead of the configured one.")
  @Nullable String tariff;

  @Option(
      names = "--resolution",
      paramLabel = "15m|1h",
      converter = ResolutionConverter.class,
      description = "15m: the day's own periods (default); 1h: hourly averages.")
  @Nullable Resolution resolution;

  @Option(
      names = "--window",
      paramLabel = "DURATION",
      defaultValue = "2h",
      description = "Length of the cheapest window, 15m to 24h (default: ${DEFAULT-VALUE}).")
  String window;

  /** picocli's converter for {@link Resolution}. */
  static final class ResolutionConverter implements picocli.CommandLine.ITypeConverter<Resolution> {
    @Override
    public Resolution convert(String value) {
      return Resolution.parse(value);
    }
  }

  @Override
  String optionOf(String parameter) {
    return parameter.equals("day") ? "--date" : super.optionOf(parameter);
  }

  @Override
  int run(Kilowatch kilowatch) {
    PriceBodies.window(window);
    if (tariff != null) {
      PriceBodies.tariff(tariff);
    }
    JsonNode body = kilowatch.prices(new Kilowatch.PriceRequest(date, window, tariff));
    if (common.json) {
      printJson(body);
      return ExitCodes.OK;
    }
    JsonNode day = body.path("days").path(0);
    boolean hourly = resolution == Resolution.HOURLY;
    out()
        .println(
            "Prices of "
                + Json.text(body, "business_date")
                + ", tariff "
                + Json.text(body, "tariff")
                + ", PLN/kWh (final = market + SC component + distribution), "
                + (hourly
                    ? "hourly averages"
                    : Json.text(day, "resolution_minutes") + "-minute periods"));
    Optional<OffsetDateTime> now = Json.time(body.path("current_period"), "start");
    JsonNode cheapest = body.path("cheapest_window");
    Table table = new Table("", "START", "END", "MARKET", "FINAL", "ZONE");
    for (JsonNode period : day.path(hourly ? "hourly" : "periods")) {
      boolean current = now.isPresent() && covers(period, now.get());
      boolean inWindow =
          Json.time(period, "start").map(start -> covers(cheapest, start)).orElse(false);
      table.row(
          (current ? ">" : " ") + (inWindow ? "*" : " "),
          Json.clock(period, "start"),
          Json.clock(period, "end"),
          Json.number(period, "market_price", 4, ""),
          Json.number(period, "price", 4, ""),
          Json.text(period, "tariff_zone"));
      if (current) {
        table.style(Terminal.BOLD);
      } else if (inWindow) {
        table.style(Terminal.GREEN);
      }
    }
    table.print(out(), colour());
    out()
        .println(
            "Current "
                + Json.number(body, "current_price_pln_kwh", 4, "")
                + ", average "
                + Json.number(body, "average_price_pln_kwh", 4, "")
                + ", cheapest "
                + Json.number(body, "cheapest_price_pln_kwh", 4, "")
                + ", highest "
                + Json.number(body, "max_price_pln_kwh", 4, ""));
    if (cheapest.isObject()) {
      out()
          .println(
              "Cheapest "
                  + Durations.human(cheapest.path("minutes").asInt() * 60.0)
                  + " window: "
                  + Json.clock(cheapest, "start")
                  + "-"
                  + Json.clock(cheapest, "end")
                  + ", average "
                  + Json.number(cheapest, "average_pln_kwh", 4, "PLN/kWh"));
    }
    printFreshness(body);
    return ExitCodes.OK;
  }

  /** Whether {@code at} falls in the {@code start}-{@code end} span of {@code node}. */
  private static boolean covers(JsonNode node, OffsetDateTime at) {
    Optional<OffsetDateTime> start = Json.time(node, "start");
    Optional<OffsetDateTime> end = Json.time(node, "end");
    return start.isPresent()
        && end.isPresent()
        && !at.isBefore(start.get())
        && at.isBefore(end.get());
  }
}
