package io.kilowatch.runtime.api;

import io.kilowatch.core.dashboard.SummaryViews;
import io.kilowatch.core.energy.DailySnapshot;
import io.kilowatch.core.energy.MonthComparison;
import io.kilowatch.core.energy.MonthlySummary;
import io.kilowatch.core.energy.SummaryTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The bodies of {@code /monthly-summary} and {@code /monthly-comparison} in the reference's field
 * names (dashboard API section 13), mapped from {@link MonthlySummary} and {@link MonthComparison}.
 * Amounts are rounded for display only (2 decimals; ratios 4, percentages 1). Where the reference
 * shows 0 for a ratio that does not exist (nothing charged, no confidence recorded, a change
 * against zero) the body says {@code null}; an empty month has the same shape as any other.
 */
public final class MonthlyBodies {

  /** Daily fields the reference took from its snapshot files; Kilowatch has no such files. */
  public static final List<String> UNAVAILABLE = List.of("daily_summaries.created_at");

  private MonthlyBodies() {}

  /** The name of the response for {@code month}: its view's name. */
  public static String summaryName(YearMonth month) {
    return SummaryViews.MONTHLY_SUMMARY + "/" + month;
  }

  /** The body of {@code /monthly-summary} for {@code month}. */
  public static ViewBody<MonthlySummary> summaryBody(YearMonth month) {
    return ViewBody.<MonthlySummary>of(MonthlyBodies::summary, missing -> missingSummary(month))
        .withUnavailable(unused -> UNAVAILABLE);
  }

  /** The monthly summary of {@code summary}. */
  public static Map<String, @Nullable Object> summary(MonthlySummary summary) {
    SummaryTotals totals = summary.totals();
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("year", summary.month().getYear());
    body.put("month", summary.month().getMonthValue());
    body.put("month_name", summary.monthName());
    putFigures(body, totals);
    body.put("days_with_data", summary.daysWithData());
    putGridAndZones(body, totals);
    body.put("source_breakdown", sources(totals));
    body.put("daily_summaries", summary.days().stream().map(MonthlyBodies::day).toList());
    return body;
  }

  /**
   * The body while {@code month} was never loaded: the month named, every figure {@code null}, no
   * days.
   */
  public static Map<String, @Nullable Object> missingSummary(YearMonth month) {
    Map<String, @Nullable Object> body = summary(MonthlySummary.empty(month));
    body.replaceAll((name, value) -> null);
    body.put("year", month.getYear());
    body.put("month", month.getMonthValue());
    body.put("daily_summaries", List.of());
    return body;
  }

  /** The comparison of the current month with another. */
  public static Map<String, @Nullable Object> comparison(MonthComparison comparison) {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("current_month", side(comparison.current()));
    body.put("previous_month", side(comparison.other()));
    Map<String, @Nullable Object> changes = new LinkedHashMap<>();
    changes.put("cost_change_pct", number(comparison.costChangePercent()));
    changes.put("energy_change_pct", number(comparison.energyChangePercent()));
    changes.put("savings_change_pct", number(comparison.savingsChangePercent()));
    changes.put("cost_diff_pln", money(comparison.costDifferencePln()));
    changes.put("energy_diff_kwh", money(comparison.energyDifferenceKwh()));
    changes.put("savings_diff_pln", money(comparison.savingsDifferencePln()));
    body.put("changes", changes);
    return body;
  }

  /** The comparison's body while either month was never loaded: sides and changes null. */
  public static Map<String, @Nullable Object> missingComparison() {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("current_month", null);
    body.put("previous_month", null);
    body.put("changes", null);
    return body;
  }

  private static Map<String, @Nullable Object> side(MonthlySummary summary) {
    SummaryTotals totals = summary.totals();
    Map<String, @Nullable Object> side = new LinkedHashMap<>();
    side.put("year", summary.month().getYear());
    side.put("month", summary.month().getMonthValue());
    side.put("month_name", summary.monthName());
    side.put("total_cost_pln", money(totals.costPln()));
    side.put("total_energy_kwh", money(totals.energyChargedKwh()));
    side.put("total_savings_pln", money(totals.totalSavingsPln()));
    side.put("avg_cost_per_kwh", number(totals.averageCostPerKwh()));
    side.put("days_with_data", summary.daysWithData());
    side.put("charging_count", totals.counts().charging());
    return side;
  }

  private static Map<String, @Nullable Object> day(DailySnapshot day) {
    SummaryTotals totals = day.totals();
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("date", day.date().toString());
    body.put("created_at", null);
    putFigures(body, totals);
    body.put("source_breakdown", sources(totals));
    body.put(
        "price_stats",
        totals
            .prices()
            .map(
                prices -> {
                  Map<String, Object> stats = new LinkedHashMap<>();
                  stats.put("min", ratio(prices.min()));
                  stats.put("max", ratio(prices.max()));
                  stats.put("avg", ratio(prices.average()));
                  return stats;
                })
            .orElse(null));
    putGridAndZones(body, totals);
    return body;
  }

  /** Counts, amounts and ratios, in the reference's order. */
  private static void putFigures(Map<String, @Nullable Object> body, SummaryTotals totals) {
    body.put("total_decisions", totals.counts().total());
    body.put("charging_count", totals.counts().charging());
    body.put("wait_count", totals.counts().waiting());
    body.put("selling_count", totals.counts().selling());
    body.put("total_energy_kwh", money(totals.energyChargedKwh()));
    body.put("total_energy_sold_kwh", money(totals.energySoldKwh()));
    body.put("total_cost_pln", money(totals.costPln()));
    body.put("total_savings_pln", money(totals.totalSavingsPln()));
    body.put("selling_revenue_pln", money(totals.sellingRevenuePln()));
    putRatios(body, totals);
  }

  private static void putRatios(Map<String, @Nullable Object> body, SummaryTotals totals) {
    body.put("avg_cost_per_kwh", number(totals.averageCostPerKwh()));
    body.put("savings_percentage", number(totals.savingsPercent()));
    body.put("avg_confidence", number(totals.averageConfidence()));
  }

  private static void putGridAndZones(Map<String, @Nullable Object> body, SummaryTotals totals) {
    Double gridImport = totals.gridImport().map(MonthlyBodies::money).orElse(null);
    body.put("real_grid_import_kwh", gridImport);
    body.put("grid_import_t1_kwh", money(totals.gridImportT1Kwh()));
    body.put("grid_import_t2_kwh", money(totals.gridImportT2Kwh()));
    body.put("grid_import_total_kwh", gridImport);
    body.put("energy_charged_t1_kwh", money(totals.energyChargedT1Kwh()));
    body.put("energy_charged_t2_kwh", money(totals.energyChargedT2Kwh()));
    body.put("energy_charged_unknown_zone_kwh", money(totals.energyChargedUnknownZoneKwh()));
  }

  private static Map<String, Integer> sources(SummaryTotals totals) {
    Map<String, Integer> sources = new LinkedHashMap<>(totals.chargingSources());
    if (totals.counts().selling() > 0) {
      sources.put("battery_selling", totals.counts().selling());
    }
    return sources;
  }

  /** Kept as computed (the domain already rounded ratios and percentages). */
  private static @Nullable Double number(Optional<BigDecimal> value) {
    return value.map(BigDecimal::doubleValue).orElse(null);
  }

  private static double money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static double ratio(BigDecimal value) {
    return value.setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }
}
