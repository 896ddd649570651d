package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.testing.PriceDays;
import io.kilowatch.pse.FilePriceArchive;
import io.kilowatch.runtime.KilowatchRuntime;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /prices} over a real price archive on disk; PSE points at a closed local port. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PricesEndpointTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;
  @Inject KilowatchRuntime runtime;
  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Map<String, String> getProperties() {
    try {
      Path dir = Files.createTempDirectory("kilowatch-prices");
      Path database = dir.resolve("kilowatch.db");
      LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
      PriceDay day = PriceDays.flat(today, PriceDays.QUARTER, "400.00");
      new FilePriceArchive(database.resolveSibling("kilowatch-prices")).keep(day);
      Path config =
          Files.writeString(
              dir.resolve("kilowatch.yaml"),
              "paths:\n  kilowatch-database: \""
                  + database
                  + "\"\npse:\n  base-url: \"http://127.0.0.1:9/api\"\n  retries: 0\n");
      return Map.of("kilowatch.config", config.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void prices_ofToday_serveReferenceFieldsNativePeriodsAndFreshness() throws Exception {
    runtime.prices().todayView().refreshNow().join();

    HttpResponse<String> response = get("/prices?include=days");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(response.body());
    // 400 PLN/MWh + SC 0.0892 + G12 distribution: 0.4 + 0.0892 + 0.0749 off-peak / 0.3566 peak
    assertThat(body.get("prices")).hasSize(24);
    assertThat(body.get("prices").get(0).get("hour_str").asText()).isEqualTo("00:00");
    assertThat(body.get("prices").get(0).get("price").asDouble()).isEqualTo(0.5641);
    assertThat(body.get("cheapest_price_pln_kwh").asDouble()).isEqualTo(0.5641);
    assertThat(body.get("days").get(0).get("periods").size()).isBetween(92, 100);
    assertThat(body.get("days").get(0).get("periods").get(0).get("tariff_zone").asText())
        .isEqualTo("off_peak");
    assertThat(body.get("resolution_minutes").asInt()).isEqualTo(15);
    assertThat(body.get("current_price_pln_kwh").isNumber()).isTrue();
    assertThat(body.get("cheapest_window").get("minutes").asInt()).isEqualTo(120);
    assertThat(body.get("freshness").get("source").asText()).isEqualTo("archive");
  }

  @Test
  void prices_withoutInclude_leaveTheNativePeriodsOut() throws Exception {
    runtime.prices().todayView().refreshNow().join();

    HttpResponse<String> response = get("/prices");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("prices")).hasSize(24);
    assertThat(body.get("cheapest_window").get("minutes").asInt()).isEqualTo(120);
    assertThat(body.has("days")).isFalse();
    assertThat(response.body().length()).isLessThan(8_000);
  }

  @Test
  void prices_withAnUnknownInclude_are400NamingIt() throws Exception {
    HttpResponse<String> response = get("/prices?include=everything");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("parameter").asText()).isEqualTo("include");
  }

  @Test
  void prices_withABadWindow_are400NamingIt() throws Exception {
    HttpResponse<String> response = get("/prices?window=7m");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("parameter").asText()).isEqualTo("window");
  }

  @Test
  void prices_ofAnUnknownDay_are400NamingIt() throws Exception {
    HttpResponse<String> response = get("/prices?day=yesterday");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("parameter").asText()).isEqualTo("day");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path)).build(),
        BodyHandlers.ofString());
  }
}
