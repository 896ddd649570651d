package io.kilowatch.http;

import io.kilowatch.core.dashboard.DecisionViews;
import io.kilowatch.core.dashboard.RecentWindow;
import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.api.DecisionBodies;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.concurrent.CompletableFuture;

/**
 * {@code GET /decisions?time_range=24h|7d}: the decisions of the window from {@link DecisionViews}
 * (see {@link DecisionBodies}); the request reads a snapshot, never the database. Any other {@code
 * time_range} is a 400 naming it (the reference served 24 hours and echoed the unknown value).
 */
@Controller
final class DecisionsController {

  private final KilowatchRuntime runtime;
  private final ViewResponses responses;
  private final ApiTime time;
  private final ReadyReads reads;

  DecisionsController(
      KilowatchRuntime runtime, ViewResponses responses, ApiTime time, ReadyReads reads) {
    this.runtime = runtime;
    this.responses = responses;
    this.time = time;
    this.reads = reads;
  }

  /** The first read of a window waits for its load, off the event loop; later reads do not. */
  @Get("/decisions")
  CompletableFuture<MutableHttpResponse<byte[]>> decisions(
      HttpRequest<?> request,
      @QueryValue(value = "time_range", defaultValue = "24h") String timeRange) {
    RecentWindow window =
        RecentWindow.ofLabel(timeRange)
            .orElseThrow(
                () ->
                    new ErrorResponses.BadRequest(
                        "time_range",
                        "parameter 'time_range' must be 24h or 7d, but was '" + timeRange + "'"));
    String label = window.label();
    DecisionViews decisions = runtime.decisionViews();
    return reads.answer(
        decisions.lastIfReady(window),
        () -> decisions.last(window),
        snapshot ->
            responses.respond(
                request,
                DecisionViews.viewName(window),
                snapshot,
                DecisionBodies.body(label, time.zone())));
  }
}
