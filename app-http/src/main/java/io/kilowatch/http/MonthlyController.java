package io.kilowatch.http;

import io.kilowatch.core.dashboard.SummaryViews;
import io.kilowatch.core.energy.MonthComparison;
import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.api.MonthlyBodies;
import io.kilowatch.runtime.api.ViewBody;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
  private final ReadyReads reads;

  MonthlyController(
      KilowatchRuntime runtime, ViewResponses responses, ApiTime time, ReadyReads reads) {
    this.runtime = runtime;
    this.responses = responses;
    this.time = time;
    this.reads = reads;
  }

  /** The first read of a month waits for its load, off the event loop; later reads do not. */
  @Get("/monthly-summary")
  CompletableFuture<MutableHttpResponse<byte[]>> summary(
      HttpRequest<?> request,
      @QueryValue @Nullable String year,
      @QueryValue @Nullable String month) {
    SummaryViews summaries = runtime.summaries();
    YearMonth asked = month(year, month, summaries.thisMonth());
    return reads.answer(
        summaries.monthIfReady(asked),
        () -> summaries.month(asked),
        snapshot ->
            responses.respond(
                request,
                MonthlyBodies.summaryName(asked),
                snapshot,
                MonthlyBodies.summaryBody(asked)));
  }

  @Get("/monthly-comparison")
  CompletableFuture<MutableHttpResponse<byte[]>> comparison(
      HttpRequest<?> request,
      @QueryValue @Nullable String year,
      @QueryValue @Nullable String month) {
    SummaryViews summaries = runtime.summaries();
    YearMonth other = month(year, month, summaries.thisMonth().minusMonths(1));
    return reads.answer(
        summaries.comparedWithIfReady(other),
        () -> summaries.comparedWith(other),
        snapshot ->
            responses.respond(
                request,
                "monthly-comparison@" + other,
                snapshot,
                ViewBody.<MonthComparison>of(
                        MonthlyBodies::comparison, missing -> MonthlyBodies.missingComparison())
                    .withTimeFields((value, state, now) -> Map.of("timestamp", time.format(now)))));
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
