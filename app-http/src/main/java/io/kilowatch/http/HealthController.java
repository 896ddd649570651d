package io.kilowatch.http;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** {@code GET /health}: the process answers. Says nothing about the data (see /status, /cache). */
@Controller
final class HealthController {

  /** The body of {@code /health}. */
  record Health(String status, String timestamp, String service) {}

  private final ApiTime time;

  HealthController(ApiTime time) {
    this.time = time;
  }

  @Get(uri = "/health", produces = MediaType.APPLICATION_JSON)
  Health health() {
    return new Health("healthy", time.format(time.now()), "kilowatch");
  }
}
