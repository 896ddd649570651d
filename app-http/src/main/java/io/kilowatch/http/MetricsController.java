package io.kilowatch.http;

import io.kilowatch.core.dashboard.DecisionViews;
import io.kilowatch.core.dashboard.RecentWindow;
import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.SummaryTotals;
import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.api.ViewBody;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /metrics}: the reference's decision metrics of the last 7 days (dashboard API section
 * 12.2), computed once per version of the week's decision view with the project's one set of
 * formulas ({@link SummaryTotals}). Unlike the reference: a ratio without a base is {@code null},
 * not 0; {@code savings_percentage} leaves selling revenue out (see {@link
 * SummaryTotals#savingsPercent()}); {@code efficiency_score}, a constant-weighted blend of
 * confidence and the charging share that measures nothing, is {@code null} and listed as
 * unavailable.
 */
@Controller
final class MetricsController {

  /** Fields the reference invented. */
  static final List<String> UNAVAILABLE = List.of("efficiency_score");

  private final KilowatchRuntime runtime;
  private final ViewResponses responses;
  private final ApiTime time;
  private final ReadyReads reads;

  MetricsController(
      KilowatchRuntime runtime, ViewResponses responses, ApiTime time, ReadyReads reads) {
    this.runtime = runtime;
    this.responses = responses;
    this.time = time;
    this.reads = reads;
  }

  @Get("/metrics")
  CompletableFuture<MutableHttpResponse<byte[]>> metrics(HttpRequest<?> request) {
    DecisionViews decisions = runtime.decisionViews();
    return reads.answer(
        decisions.lastIfReady(RecentWindow.WEEK),
        () -> decisions.last(RecentWindow.WEEK),
        snapshot ->
            responses.respond(
                request,
                "metrics@" + DecisionViews.viewName(RecentWindow.WEEK),
                snapshot,
                ViewBody.<List<Decision>>of(MetricsController::body, missing -> missing())
                    .withTimeFields((value, state, now) -> Map.of("timestamp", time.format(now)))
                    .withUnavailable(unused -> UNAVAILABLE)));
  }

  static Map<String, @Nullable Object> body(List<Decision> decisions) {
    SummaryTotals totals = SummaryTotals.of(decisions, List.of());
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("total_count", totals.counts().total());
    body.put("charging_count", totals.counts().charging());
    body.put("wait_count", totals.counts().waiting());
    body.put("battery_selling_count", totals.counts().selling());
    body.put("total_energy_charged_kwh", round(totals.energyChargedKwh(), 2));
    body.put("total_cost_pln", round(totals.costPln(), 2));
    body.put("total_savings_pln", round(totals.totalSavingsPln(), 2));
    body.put(
        "savings_percentage", totals.savingsPercent().map(BigDecimal::doubleValue).orElse(null));
    body.put(
        "avg_confidence",
        totals.averageConfidence().map(mean -> round(mean.movePointRight(2), 1)).orElse(null));
    body.put(
        "avg_cost_per_kwh_pln",
        totals.averageCostPerKwh().map(BigDecimal::doubleValue).orElse(null));
    body.put("efficiency_score", null);
    body.put("time_range", RecentWindow.WEEK.label());
    return body;
  }

  private static Map<String, @Nullable Object> missing() {
    Map<String, @Nullable Object> body = body(List.of());
    body.replaceAll((name, value) -> null);
    body.put("time_range", RecentWindow.WEEK.label());
    return body;
  }

  private static double round(BigDecimal value, int decimals) {
    return value.setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
  }
}
