package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.testing.ScriptedLoader;
import io.kilowatch.core.view.RefreshSchedule;
import io.kilowatch.core.view.ViewDefinition;
import io.kilowatch.runtime.KilowatchRuntime;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@MicronautTest
class OperationsEndpointsTest {

  @Inject KilowatchRuntime runtime;

  @Inject
  @Client("/")
  HttpClient http;

  @Test
  void prometheus_exposesViewGaugesAndRequestTimers() {
    runtime
        .dashboard()
        .register(
            new ViewDefinition<>(
                "metered",
                ScriptedLoader.<String>script().thenReturn("ok").thenFail("down"),
                FreshnessPolicy.of(Duration.ofMinutes(1), Duration.ofMinutes(5)),
                RefreshSchedule.every(Duration.ofHours(1))))
        .refreshNow()
        .join();
    http.toBlocking().retrieve("/health");

    String scrape = http.toBlocking().retrieve("/prometheus");

    assertThat(scrape)
        .containsPattern("kilowatch_view_age_seconds\\{view=\"metered\"} \\d")
        .containsPattern("kilowatch_view_state\\{view=\"metered\"} 0(\\.0)?\n")
        .containsPattern("kilowatch_view_version\\{view=\"metered\"} 1(\\.0)?\n")
        .containsPattern("kilowatch_view_loads_succeeded_total\\{view=\"metered\"} 1(\\.0)?\n")
        .contains("http_server_requests_seconds_count");
  }

  @Test
  void openApi_describesTheEndpoints() {
    String description = http.toBlocking().retrieve(HttpRequest.GET("/openapi/kilowatch-0.1.yml"));

    assertThat(description).contains("openapi:").contains("/cache").contains("/events");
  }
}
