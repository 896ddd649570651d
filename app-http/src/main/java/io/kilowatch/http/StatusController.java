package io.kilowatch.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * {@code GET /status}: the coordinator process, the data source, the log files, uptime and the
 * views' health, field names as in the reference (see {@link StatusView}). No I/O.
 */
@Controller
final class StatusController {

  private final StatusView status;
  private final ViewResponses responses;

  StatusController(StatusView status, ViewResponses responses) {
    this.status = status;
    this.responses = responses;
  }

  @Get(uri = "/status", produces = MediaType.APPLICATION_JSON)
  MutableHttpResponse<byte[]> status(HttpRequest<?> request) {
    return responses.send(request, status.current());
  }
}
