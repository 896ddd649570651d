package io.kilowatch.http;

import io.kilowatch.core.dashboard.SummaryViews;
import io.kilowatch.core.energy.MonthComparison;
import io.kilowatch.core.energy.MonthlySummary;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.api.MonthlyBodies;
import io.kilowatch.runtime.api.ViewBody;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.YearMonth;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /monthly-summary?year=&month=} (default: the current month) and {@code GET
 * /monthly-comparison?year=&month=} (the current month against the given one, default the previous
 * month), read from {@link SummaryViews}. A parameter that is not a year (1970–9999) or a month
 * (1–12) is a 400 naming it; the reference answered 200 with an error, or silently used the current
 * month.
 */
@Controller
final class MonthlyController {

  private final KilowatchRuntime runtime;
  private final ViewResponses responses;
  private final ApiTime time;

  MonthlyController(KilowatchRuntime runtime, ViewResponses responses, ApiTime time) {
    this.runtime = runtime;
    this.responses = responses;
    this.time = time;
  }

  /** The first read of a key waits for its load, so off the event loop. */
  @Get("/monthly-summary")
  @ExecuteOn(TaskExecutors.BLOCKING)
  MutableHttpResponse<byte[]> summary(
      HttpRequest<?> request,
      @QueryValue @Nullable String year,
      @QueryValue @Nullable String month) {
    YearMonth current = runtime.summaries().thisMonth();
    YearMonth asked = month(year, month, current);
    Snapshot<MonthlySummary> snapshot = runtime.summaries().month(asked);
    return responses.respond(
        request, MonthlyBodies.summaryName(asked), snapshot, MonthlyBodies.summaryBody(asked));
  }

  @Get("/monthly-comparison")
  @ExecuteOn(TaskExecutors.BLOCKING)
  MutableHttpResponse<byte[]> comparison(
      HttpRequest<?> request,
      @QueryValue @Nullable String year,
      @QueryValue @Nullable String month) {
    YearMonth previous = runtime.summaries().thisMonth().minusMonths(1);
    YearMonth other = month(year, month, previous);
    Snapshot<MonthComparison> snapshot = runtime.summaries().comparedWith(other);
    return responses.respond(
        request,
        "monthly-comparison@" + other,
        snapshot,
        ViewBody.<MonthComparison>of(
                MonthlyBodies::comparison, missing -> MonthlyBodies.missingComparison())
            .withTimeFields((value, state, now) -> Map.of("timestamp", time.format(now))));
  }

  /** The month named by {@code year} and {@code month}, each defaulting to {@code fallback}'s. */
  static YearMonth month(@Nullable String year, @Nullable String month, YearMonth fallback) {
    int y = year == null ? fallback.getYear() : parse("year", year, 1970, 9999);
    int m = month == null ? fallback.getMonthValue() : parse("month", month, 1, 12);
    return YearMonth.of(y, m);
  }

  private static int parse(String parameter, String text, int min, int max) {
    if (text.matches("\\d{1,4}")) {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    }
    throw new ErrorResponses.BadRequest(
        parameter,
        "parameter '"
            + parameter
            + "' must be a whole number from "
            + min
            + " to "
            + max
            + ", but was '"
            + text
            + "'");
  }
}
