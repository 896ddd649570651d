package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kilowatch.core.dashboard.RecentWindow;
import io.kilowatch.runtime.KilowatchRuntime;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code /historical-data} on a coordinator database holding a reading every minute for the last
 * hour (SoC 40 %, PV 2000 W) and every minute of the hour a day and a half ago (SoC 90 %).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryEndpointsTest implements TestPropertyProvider {

  private final CoordinatorDatabase coordinator = CoordinatorDatabase.create();

  @Inject EmbeddedServer server;
  @Inject KilowatchRuntime runtime;
  private ServerCalls calls;

  @Override
  public Map<String, String> getProperties() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    for (int minute = 1; minute <= 60; minute++) {
      coordinator.reading(CoordinatorDatabase.reading(now.minusSeconds(60L * minute), 40, 2000));
      coordinator.reading(
          CoordinatorDatabase.reading(
              now.minus(Duration.ofHours(36)).minusSeconds(60L * minute), 90, 0));
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
                runtime.history().last(RecentWindow.DAY).isPresent()
                    && runtime.history().last(RecentWindow.WEEK).isPresent());
  }

  @AfterAll
  void removeTheInstallation() {
    coordinator.close();
  }

  @Test
  void historicalData_ofTheLastDay_servesRealReadingsInFiveMinutePoints() {
    JsonNode body = calls.ok(calls.get("/historical-data"));

    int points = body.get("data_points").asInt();
    // 60 one-minute readings make 12 or 13 five-minute points, depending on the alignment.
    assertThat(points).isBetween(12, 13);
    assertThat(body.get("timestamps")).hasSize(points);
    assertThat(body.get("soc_data")).hasSize(points);
    assertThat(body.get("pv_power_data")).hasSize(points);
    assertThat(body.get("soc_data").get(0).asDouble()).isEqualTo(40.0);
    assertThat(body.get("pv_power_data").get(0).asDouble()).isEqualTo(2.0);
    assertThat(body.get("timestamps").get(0).asText()).matches(".*T.*[+-]\\d\\d:\\d\\d");
    assertThat(body.get("data_source").asText()).isEqualTo("real");
    assertThat(body.get("range").asText()).isEqualTo("24h");
    assertThat(body.get("last_update").asText())
        .isEqualTo(body.get("freshness").get("fetched_at").asText());
    assertThat(body.get("freshness").get("view").asText()).isEqualTo("historical-data-24h");
    assertThat(body.get("freshness").get("state").asText()).isEqualTo("fresh");
  }

  @Test
  void historicalData_ofTheLastWeek_reachesFurtherBack() {
    JsonNode body = calls.ok(calls.get("/historical-data?range=7d"));

    assertThat(body.get("soc_data").get(0).asDouble()).isEqualTo(90.0);
    assertThat(body.get("soc_range").asText()).isEqualTo("40.0% - 90.0%");
    assertThat(body.get("freshness").get("view").asText()).isEqualTo("historical-data-7d");
  }

  @Test
  void historicalData_unknownRange_answers400NamingIt() {
    HttpResponse<String> response = calls.get("/historical-data?range=1y");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(calls.json(response).get("parameter").asText()).isEqualTo("range");
  }
}
