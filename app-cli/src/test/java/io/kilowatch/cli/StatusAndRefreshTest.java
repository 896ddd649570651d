package io.kilowatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusAndRefreshTest {

  private final PreparedViews views = new PreparedViews();
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void close() {
    views.close();
  }

  @Test
  void status_printsATableOfEveryViewWithStateAgeAndLastError() {
    views
        .loaded("prices", "p")
        .failing("current-state", "database is locked")
        .after(Duration.ofSeconds(75));

    Cli cli = Cli.run(views, "status");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out().lines())
        .element(1)
        .asString()
        .matches("VIEW +STATE +AGE +VERSION +SOURCE +LAST ERROR");
    assertThat(cli.out()).containsPattern("prices +fresh +1m 15s +1 +live +-");
    assertThat(cli.out())
        .containsPattern(
            "current-state +missing +- +0 +- +IOException: database is locked \\(1x, 2026-11-23T13:00:00\\+01:00\\)");
  }

  @Test
  void status_withJson_printsTheCacheReportWithStableFieldNames() throws Exception {
    views.loaded("prices", "p");

    Cli cli = Cli.run(views, "status", "--json");

    JsonNode report = json.readTree(cli.out());
    JsonNode prices = report.get("views").get(0);
    assertThat(prices.get("view").asText()).isEqualTo("prices");
    assertThat(prices.get("state").asText()).isEqualTo("fresh");
    assertThat(prices.get("age_seconds").asDouble()).isZero();
    assertThat(prices.get("fetched_at").asText()).isEqualTo("2026-11-23T13:00:00+01:00");
    assertThat(prices.has("last_error")).isTrue();
    assertThat(prices.has("loads_succeeded")).isTrue();
  }

  @Test
  void refresh_whenEveryViewLoads_exitsZeroAndSummarises() {
    views.loaded("prices", "p");

    Cli cli = Cli.run(views, "refresh");

    assertThat(cli.exitCode()).isEqualTo(1); // the prepared loader fails after its first value
    assertThat(cli.out()).startsWith("Refreshed 1 views in 0ms, 1 failed");
  }

  @Test
  void refresh_withJson_listsEachOutcome() throws Exception {
    views.failing("prices", "PSE answered 503");

    Cli cli = Cli.run(views, "refresh", "--json");

    JsonNode result = json.readTree(cli.out());
    assertThat(result.get("all_succeeded").asBoolean()).isFalse();
    assertThat(result.get("views").get(0).get("status").asText()).isEqualTo("failed");
    assertThat(result.get("views").get(0).get("error").asText())
        .isEqualTo("IOException: PSE answered 503");
    assertThat(cli.exitCode()).isEqualTo(1);
  }

  @Test
  void cacheStats_showsTheCountersOfEveryView() {
    views.loaded("prices", "p").failing("logs", "no log directory");

    Cli cli = Cli.run(views, "cache", "stats");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).containsPattern("prices +fresh +1 +\\d+ +1 +0 +0 +0\\.000s");
    assertThat(cli.out()).containsPattern("logs +missing +0 +\\d+ +0 +1 +0");
  }
}
