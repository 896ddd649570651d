package io.kilowatch.http;

import io.kilowatch.core.dashboard.HistoryViews;
import io.kilowatch.core.dashboard.RecentWindow;
import io.kilowatch.core.energy.EnergyReading;
import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.api.ViewBody;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /historical-data[?range=24h|7d]}: the coordinator's real energy readings, downsampled
 * (5 minutes for 24 h, 35 for 7 days), from {@link HistoryViews} (see {@link HistoryBodies}); the
 * request reads a snapshot, never the database. Any other {@code range} is a 400 naming it.
 */
@Controller
final class HistoryController {

  private final KilowatchRuntime runtime;
  private final ViewResponses responses;
  private final ApiTime time;

  HistoryController(KilowatchRuntime runtime, ViewResponses responses, ApiTime time) {
    this.runtime = runtime;
    this.responses = responses;
    this.time = time;
  }

  @Get("/historical-data")
  MutableHttpResponse<byte[]> history(
      HttpRequest<?> request, @QueryValue(defaultValue = "24h") String range) {
    RecentWindow window =
        RecentWindow.ofLabel(range)
            .orElseThrow(
                () ->
                    new ErrorResponses.BadRequest(
                        "range", "parameter 'range' must be 24h or 7d, but was '" + range + "'"));
    String label = window.label();
    return responses.respond(
        request,
        HistoryViews.viewName(window),
        runtime.history().last(window),
        ViewBody.<List<EnergyReading>>of(
                readings -> HistoryBodies.of(readings, label, time::format),
                missing -> HistoryBodies.missing(label))
            .withTimeFields(
                (snapshot, state, now) -> {
                  Map<String, @Nullable Object> fields = new LinkedHashMap<>();
                  fields.put("last_update", snapshot.fetchedAt().map(time::format).orElse(null));
                  return fields;
                }));
  }
}
