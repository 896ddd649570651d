package io.kilowatch.http;

import io.kilowatch.core.dashboard.CoordinatorViews;
import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.api.CurrentStateBody;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * {@code GET /current-state}: the newest inverter reading with the current price, field names as in
 * the reference (see {@link CurrentStateBody}), with its freshness block. Reads one snapshot.
 */
@Controller
final class CurrentStateController {

  private final KilowatchRuntime runtime;
  private final ViewResponses responses;
  private final CurrentStateBody body;

  CurrentStateController(KilowatchRuntime runtime, ViewResponses responses) {
    this.runtime = runtime;
    this.responses = responses;
    this.body = new CurrentStateBody(runtime.stateOrigin(), runtime.zone());
  }

  @Get(uri = "/current-state", produces = MediaType.APPLICATION_JSON)
  MutableHttpResponse<byte[]> currentState(HttpRequest<?> request) {
    return responses.respond(
        request, CoordinatorViews.CURRENT_STATE, runtime.coordinator().currentState(), body.body());
  }
}
