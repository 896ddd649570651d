package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kilowatch.runtime.KilowatchRuntime;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /status} and {@code /current-state} on a coordinator installation in a temp dir. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoordinatorEndpointsTest implements TestPropertyProvider {

  /** The reading is 6 minutes old: past the default refresh-after of 5 minutes, so stale. */
  private static final Duration READING_AGE = Duration.ofMinutes(6);

  private final CoordinatorInstallation coordinator = CoordinatorInstallation.create();
  private Process fakeCoordinator;

  @Inject EmbeddedServer server;
  @Inject KilowatchRuntime runtime;
  private ServerCalls calls;

  @Override
  public Map<String, String> getProperties() {
    coordinator.writeState(Instant.now().minus(READING_AGE));
    coordinator.writeLog("master_coordinator.log", List.of("2026-11-23 12:00:00 - INFO - up"));
    try {
      // A process whose command line names the coordinator's script, as the probe looks for.
      fakeCoordinator =
          new ProcessBuilder("bash", "-c", "sleep 300; true", "master_coordinator.py").start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of("kilowatch.config", coordinator.kilowatchConfig().toString());
  }

  @BeforeEach
  void awaitTheFirstLoads() {
    calls = new ServerCalls(server);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                runtime.coordinator().currentState().isPresent()
                    && runtime.coordinator().coordinator().isPresent()
                    && runtime.coordinator().logFiles().isPresent());
  }

  @AfterAll
  void stopTheFakeCoordinator() {
    fakeCoordinator.destroyForcibly();
    coordinator.close();
  }

  @Test
  void status_reportsTheCoordinatorProcessDataSourceLogFilesAndUptime() throws Exception {
    JsonNode status = body(get("/status"));

    assertThat(status.get("status").asText()).isEqualTo("running");
    assertThat(status.get("timestamp").asText()).matches(".*T.*[+-]\\d\\d:\\d\\d");
    assertThat(status.get("coordinator_running").asBoolean()).isTrue();
    assertThat(status.get("coordinator_pid").asLong()).isEqualTo(fakeCoordinator.pid());
    assertThat(status.get("data_source").asText()).isEqualTo("state_file_stale");
    JsonNode log = status.get("log_files").get("master_coordinator.log");
    assertThat(log.get("size").asLong())
        .isEqualTo(Files.size(coordinator.log("master_coordinator.log")));
    assertThat(log.get("modified").asText()).matches(".*[+-]\\d\\d:\\d\\d");
    assertThat(status.get("server_uptime").asDouble()).isGreaterThanOrEqualTo(0);
    assertThat(status.get("server_uptime_human").asText()).matches("\\d+[smhd]( \\d+[smh])?");
  }

  @Test
  void status_saysWhatItDoesNotKnowAsNullAndDerivesTheWorkerFromTheViews() throws Exception {
    JsonNode status = body(get("/status"));

    JsonNode storage = status.get("storage");
    assertThat(storage.get("connected").asBoolean()).isFalse();
    assertThat(storage.get("has_data").isNull()).isTrue();
    assertThat(storage.get("type").isNull()).isTrue();
    JsonNode worker = status.get("background_worker");
    assertThat(worker.get("alive").asBoolean()).isTrue();
    assertThat(worker.get("health").asText()).isEqualTo("stale");
    assertThat(worker.get("cache_ages").get("inverter_s").asDouble())
        .isBetween((double) READING_AGE.toSeconds(), READING_AGE.toSeconds() + 60.0);
    assertThat(worker.get("cache_ages").get("price_s").isNull()).isTrue();
    assertThat(worker.get("cache_ages").get("metrics_s").isNull()).isTrue();
    assertThat(fieldNames(worker.get("last_errors")))
        .containsExactly("inverter", "price", "metrics");
    assertThat(worker.get("last_errors").get("inverter").isNull()).isTrue();
    assertThat(status.get("views").get("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(fieldNames(status.get("views")))
        .containsExactly("total", "fresh", "stale", "expired", "missing");
  }

  @Test
  void status_freshnessBlock_isTheWorstOfItsInputs() throws Exception {
    JsonNode freshness = body(get("/status")).get("freshness");

    assertThat(freshness.get("view").asText()).isEqualTo("current-state");
    assertThat(values(freshness.get("views")))
        .containsExactly("coordinator", "current-state", "log-files");
    assertThat(freshness.get("state").asText()).isEqualTo("stale");
    assertThat(freshness.get("age_seconds").asLong())
        .isGreaterThanOrEqualTo(READING_AGE.toSeconds());
    assertThat(freshness.get("source").asText()).isEqualTo("live");
  }

  @Test
  void status_askedAgainWithItsEtag_answers304() throws Exception {
    HttpResponse<String> first = get("/status");
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> second = get("/status", "If-None-Match", etag);

    assertThat(etag).startsWith("W/\"status-");
    assertThat(second.statusCode()).isEqualTo(304);
    assertThat(second.body()).isEmpty();
  }

  @Test
  void currentState_fillsTheReferenceFieldsFromTheReading() throws Exception {
    JsonNode state = body(get("/current-state"));

    JsonNode battery = state.get("battery");
    assertThat(battery.get("soc_percent").asDouble()).isEqualTo(63.0);
    assertThat(battery.get("temperature_c").asDouble()).isEqualTo(22.4);
    assertThat(battery.get("charging_status").asText()).isEqualTo("discharging");
    assertThat(battery.get("health_status").asText()).isEqualTo("good");
    assertThat(state.get("photovoltaic").get("current_power_w").asDouble()).isEqualTo(2184.0);
    assertThat(state.get("photovoltaic").get("daily_generation_kwh").asDouble()).isEqualTo(6.8);
    assertThat(state.get("house_consumption").get("current_power_w").asDouble()).isEqualTo(4288.0);
    assertThat(state.get("house_consumption").get("daily_consumption_kwh").asDouble())
        .isEqualTo(14.9);
    assertThat(state.get("coordinator_state").asText()).isEqualTo("monitoring");
    assertThat(state.get("timestamp").asText()).isEqualTo(state.get("data_timestamp").asText());
  }

  @Test
  void currentState_gridPower_isPositiveWhenExportingAsInTheReference() throws Exception {
    JsonNode grid = body(get("/current-state")).get("grid");

    // The coordinator wrote -412 W (importing); Kilowatch's domain says +412 W import.
    assertThat(grid.get("current_power_w").asDouble()).isEqualTo(-412.0);
    assertThat(grid.get("flow_direction").asText()).isEqualTo("Import");
    assertThat(grid.get("daily_import_kwh").asDouble()).isEqualTo(9.7);
    assertThat(grid.get("daily_export_kwh").asDouble()).isEqualTo(0.3);
    assertThat(grid.get("l1_current_a").asDouble()).isEqualTo(2.4);
    assertThat(grid.get("l3_current_a").asDouble()).isEqualTo(0.9);
  }

  @Test
  void currentState_inventsNothing_placeholdersAreNullAndListedAsUnavailable() throws Exception {
    JsonNode state = body(get("/current-state"));

    for (String placeholder :
        List.of("weather", "decision_factors", "recommendations", "system_health", "pricing")) {
      assertThat(state.get(placeholder).isNull()).as(placeholder).isTrue();
    }
    assertThat(state.get("photovoltaic").get("efficiency_percent").isNull()).isTrue();
    assertThat(values(state.get("freshness").get("unavailable")))
        .contains(
            "pricing",
            "weather",
            "decision_factors",
            "recommendations",
            "system_health",
            "photovoltaic.efficiency_percent")
        .doesNotContain("battery.soc_percent");
  }

  @Test
  void currentState_saysHowOldTheReadingIs() throws Exception {
    JsonNode state = body(get("/current-state"));

    assertThat(state.get("data_source").asText()).isEqualTo("state_file_stale");
    assertThat(state.get("cache_age_seconds").asDouble())
        .isGreaterThanOrEqualTo((double) READING_AGE.toSeconds());
    assertThat(state.get("data_warning").asText())
        .matches("Data is 3\\d\\ds old \\(from \\d\\d:\\d\\d:\\d\\d\\)");
    assertThat(state.get("freshness").get("state").asText()).isEqualTo("stale");
    assertThat(state.get("freshness").get("fetched_at").asText())
        .isEqualTo(state.get("timestamp").asText());
  }

  @Test
  void currentState_askedAgainWithItsEtag_answers304() throws Exception {
    String etag = get("/current-state").headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> second = get("/current-state", "If-None-Match", etag);

    assertThat(second.statusCode()).isEqualTo(304);
  }

  private HttpResponse<String> get(String path, String... headers) {
    return calls.get(path, headers);
  }

  private JsonNode body(HttpResponse<String> response) {
    return calls.ok(response);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> values(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
