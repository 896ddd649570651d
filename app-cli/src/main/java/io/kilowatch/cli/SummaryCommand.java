package io.kilowatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kilowatch summary [--month YYYY-MM]}: a month's decisions, energy, cost and savings, and
 * its days. {@code --json} prints the body of {@code GET /monthly-summary}.
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = "Show a month's decisions, charged energy, cost and savings, day by day.")
final class SummaryCommand extends DataCommand {

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      converter = Months.class,
      description = "The month (default: the current one).")
  @Nullable YearMonth month;

  @Override
  int run(Kilowatch kilowatch) {
    JsonNode body = kilowatch.summary(month);
    if (common.json) {
      printJson(body);
      return ExitCodes.OK;
    }
    out()
        .println(
            "Summary of "
                + Json.text(body, "month_name")
                + " "
                + Json.text(body, "year")
                + ": "
                + Json.text(body, "total_decisions")
                + " decisions ("
                + Json.text(body, "charging_count")
                + " charging, "
                + Json.text(body, "wait_count")
                + " wait, "
                + Json.text(body, "selling_count")
                + " selling) on "
                + Json.text(body, "days_with_data")
                + " days");
    out()
        .println(
            "Charged "
                + Json.number(body, "total_energy_kwh", 2, "kWh")
                + " for "
                + Json.number(body, "total_cost_pln", 2, "PLN")
                + " ("
                + Json.number(body, "avg_cost_per_kwh", 4, "PLN/kWh")
                + "), saved "
                + Json.number(body, "total_savings_pln", 2, "PLN")
                + " ("
                + Json.number(body, "savings_percentage", 1, "%")
                + "), sold "
                + Json.number(body, "total_energy_sold_kwh", 2, "kWh")
                + " for "
                + Json.number(body, "selling_revenue_pln", 2, "PLN"));
    Table table =
        new Table("DATE", "DECISIONS", "CHARGING", "WAIT", "SELLING", "CHARGED", "COST", "SAVINGS");
    for (JsonNode day : body.path("daily_summaries")) {
      table.row(
          Json.text(day, "date"),
          Json.text(day, "total_decisions"),
          Json.text(day, "charging_count"),
          Json.text(day, "wait_count"),
          Json.text(day, "selling_count"),
          Json.number(day, "total_energy_kwh", 2, "kWh"),
          Json.number(day, "total_cost_pln", 2, "PLN"),
          Json.number(day, "total_savings_pln", 2, "PLN"));
    }
    table.print(out(), colour());
    printFreshness(body);
    return ExitCodes.OK;
  }
}
