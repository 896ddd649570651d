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
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /historical-data} when the coordinator's database has lost its readings table. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryMissingTest implements TestPropertyProvider {

  private final CoordinatorDatabase coordinator = CoordinatorDatabase.create();

  @Inject EmbeddedServer server;
  @Inject KilowatchRuntime runtime;

  @Override
  public Map<String, String> getProperties() {
    coordinator.execute("DROP TABLE energy_data");
    return Map.of("kilowatch.config", coordinator.kilowatchConfig().toString());
  }

  @AfterAll
  void removeTheInstallation() {
    coordinator.close();
  }

  @Test
  void historicalData_withoutAHistory_servesEmptySeriesAndSaysMissing_neverSyntheticData() {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> runtime.history().last(RecentWindow.DAY).lastError().isPresent());

    JsonNode body = new ServerCalls(server).ok(new ServerCalls(server).get("/historical-data"));

    assertThat(body.get("timestamps")).isEmpty();
    assertThat(body.get("soc_data")).isEmpty();
    assertThat(body.get("pv_power_data")).isEmpty();
    assertThat(body.get("data_points").asInt()).isZero();
    assertThat(body.get("data_source").asText()).isEqualTo("none");
    assertThat(body.get("last_update").isNull()).isTrue();
    assertThat(body.get("freshness").get("state").asText()).isEqualTo("missing");
    assertThat(body.get("freshness").get("last_error").get("message").asText()).isNotBlank();
  }
}
