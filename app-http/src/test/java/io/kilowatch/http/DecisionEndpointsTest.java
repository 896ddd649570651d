package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kilowatch.core.dashboard.RecentWindow;
import io.kilowatch.core.energy.SellingDecision;
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
 * {@code /decisions} on a coordinator database: within the last 24 hours a charge (1 h ago), a wait
 * (30 min ago) and a sale (10 min ago); three days ago another charge.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionEndpointsTest implements TestPropertyProvider {

  private final CoordinatorDatabase coordinator = CoordinatorDatabase.create();
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @Inject EmbeddedServer server;
  @Inject KilowatchRuntime runtime;
  private ServerCalls calls;

  @Override
  public Map<String, String> getProperties() {
    coordinator.charging(
        CoordinatorDatabase.charge(now.minus(Duration.ofDays(3)), "charge", 4.0, 2.0, 0.4, 0.9));
    coordinator.charging(
        CoordinatorDatabase.charge(now.minus(Duration.ofHours(1)), "charge", 5.0, 2.5, 0.5, 0.8));
    coordinator.charging(
        CoordinatorDatabase.charge(now.minus(Duration.ofMinutes(30)), "wait", 0, 0, 0, 0.6));
    coordinator.selling(
        new SellingDecision(
            now.minus(Duration.ofMinutes(10)),
            SellingDecision.ACTION,
            null,
            0.7,
            1.2,
            3000.0,
            1.0,
            "evening peak",
            true,
            "low",
            1.1,
            80.0,
            150.0,
            900.0,
            null,
            null,
            null,
            null));
    return Map.of("kilowatch.config", coordinator.kilowatchConfig().toString());
  }

  @BeforeEach
  void awaitTheFirstLoads() {
    calls = new ServerCalls(server);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                runtime.decisionViews().last(RecentWindow.DAY).isPresent()
                    && runtime.decisionViews().last(RecentWindow.WEEK).isPresent());
  }

  @AfterAll
  void removeTheInstallation() {
    coordinator.close();
  }

  @Test
  void decisions_ofTheLastDay_newestFirstWithCategoriesAndCounts() {
    JsonNode body = calls.ok(calls.get("/decisions"));

    assertThat(body.get("time_range").asText()).isEqualTo("24h");
    assertThat(body.get("total_count").asInt()).isEqualTo(3);
    assertThat(body.get("charging_count").asInt()).isEqualTo(1);
    assertThat(body.get("wait_count").asInt()).isEqualTo(1);
    assertThat(body.get("battery_selling_count").asInt()).isEqualTo(1);
    assertThat(body.get("data_source").asText()).isEqualTo("real");
    JsonNode decisions = body.get("decisions");
    assertThat(decisions).hasSize(3);
    assertThat(decisions.get(0).get("category").asText()).isEqualTo("selling");
    assertThat(decisions.get(0).get("action").asText()).isEqualTo("battery_selling");
    assertThat(decisions.get(0).get("expected_revenue_pln").asDouble()).isEqualTo(1.2);
    assertThat(decisions.get(1).get("category").asText()).isEqualTo("wait");
    JsonNode charge = decisions.get(2);
    assertThat(charge.get("category").asText()).isEqualTo("charging");
    assertThat(charge.get("action").asText()).isEqualTo("charge");
    assertThat(charge.get("energy_kwh").asDouble()).isEqualTo(5.0);
    assertThat(charge.get("estimated_cost_pln").asDouble()).isEqualTo(2.5);
    assertThat(charge.get("pv_power_w").asDouble()).isEqualTo(1200.0);
    assertThat(charge.get("battery_soc").asDouble()).isEqualTo(40.0);
    assertThat(charge.get("timestamp").asText()).matches(".*T.*[+-]\\d\\d:\\d\\d");
    assertThat(body.get("timestamp").asText()).matches(".*T.*[+-]\\d\\d:\\d\\d");
    assertThat(body.get("freshness").get("view").asText()).isEqualTo("recent-decisions/24h");
    assertThat(body.get("freshness").get("state").asText()).isEqualTo("fresh");
  }

  @Test
  void decisions_ofTheLastWeek_includeOlderDecisions() {
    JsonNode body = calls.ok(calls.get("/decisions?time_range=7d"));

    assertThat(body.get("time_range").asText()).isEqualTo("7d");
    assertThat(body.get("total_count").asInt()).isEqualTo(4);
    assertThat(body.get("charging_count").asInt()).isEqualTo(2);
    assertThat(body.get("freshness").get("view").asText()).isEqualTo("recent-decisions/7d");
  }

  @Test
  void decisions_unknownTimeRange_answers400NamingIt() {
    HttpResponse<String> response = calls.get("/decisions?time_range=1y");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(calls.json(response).get("parameter").asText()).isEqualTo("time_range");
  }

  @Test
  void decisions_askedAgainWithItsEtag_answers304() {
    String etag = calls.get("/decisions?time_range=7d").headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> second = calls.get("/decisions?time_range=7d", "If-None-Match", etag);

    assertThat(second.statusCode()).isEqualTo(304);
  }

  @Test
  void metrics_ofTheLastWeek_inTheReferenceFieldsWithoutInventedScores() {
    JsonNode metrics = calls.ok(calls.get("/metrics"));

    assertThat(metrics.get("total_count").asInt()).isEqualTo(4);
    assertThat(metrics.get("charging_count").asInt()).isEqualTo(2);
    assertThat(metrics.get("wait_count").asInt()).isEqualTo(1);
    assertThat(metrics.get("battery_selling_count").asInt()).isEqualTo(1);
    assertThat(metrics.get("total_energy_charged_kwh").asDouble()).isEqualTo(9.0);
    assertThat(metrics.get("total_cost_pln").asDouble()).isEqualTo(4.5);
    assertThat(metrics.get("total_savings_pln").asDouble()).isEqualTo(2.1);
    assertThat(metrics.get("savings_percentage").asDouble()).isEqualTo(16.7);
    assertThat(metrics.get("avg_confidence").asDouble()).isEqualTo(75.0);
    assertThat(metrics.get("avg_cost_per_kwh_pln").asDouble()).isEqualTo(0.5);
    assertThat(metrics.get("efficiency_score").isNull()).isTrue();
    assertThat(metrics.get("time_range").asText()).isEqualTo("7d");
    assertThat(metrics.get("timestamp").asText()).matches(".*T.*[+-]\\d\\d:\\d\\d");
    assertThat(metrics.get("freshness").get("view").asText()).isEqualTo("metrics");
    assertThat(metrics.get("freshness").get("unavailable").get(0).asText())
        .isEqualTo("efficiency_score");
  }
}
