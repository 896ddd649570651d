package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.testing.ScriptedLoader;
import io.kilowatch.core.view.Loaded;
import io.kilowatch.core.view.RefreshSchedule;
import io.kilowatch.core.view.RefreshingView;
import io.kilowatch.core.view.ViewDefinition;
import io.kilowatch.runtime.KilowatchRuntime;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
@Property(name = "spec.name", value = "ViewResponsesTest")
class ViewResponsesTest {

  /** A day of readings: big enough to be worth compressing. */
  record Readings(String label, List<Integer> values) {}

  static final AtomicInteger SERIALIZED = new AtomicInteger();
  static RefreshingView<Readings> readings;
  static RefreshingView<Readings> archive;
  static RefreshingView<Readings> never;

  @Requires(property = "spec.name", value = "ViewResponsesTest")
  @Controller
  static final class TestViewsController {
    private final ViewResponses responses;

    TestViewsController(ViewResponses responses) {
      this.responses = responses;
    }

    @Get("/test/{name}")
    MutableHttpResponse<byte[]> view(HttpRequest<?> request, String name) {
      RefreshingView<Readings> view =
          switch (name) {
            case "readings" -> readings;
            case "archive" -> archive;
            default -> never;
          };
      Snapshot<Readings> snapshot = view.snapshot();
      return responses.respond(
          request,
          view.name(),
          snapshot,
          value -> {
            SERIALIZED.incrementAndGet();
            return value;
          },
          missing -> Map.of("label", "none"));
    }
  }

  @Inject KilowatchRuntime runtime;
  @Inject EmbeddedServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void registerViewsOnce() {
    if (readings != null) {
      return;
    }
    FreshnessPolicy policy = FreshnessPolicy.of(Duration.ofMinutes(5), Duration.ofHours(1));
    RefreshSchedule hourly = RefreshSchedule.every(Duration.ofHours(1));
    readings =
        runtime
            .dashboard()
            .register(
                new ViewDefinition<>(
                    "test-readings",
                    previous -> {
                      long next = previous.version() + 1;
                      return Loaded.live(
                          new Readings("v" + next, Collections.nCopies(500, (int) next)));
                    },
                    policy,
                    hourly));
    archive =
        runtime
            .dashboard()
            .register(
                new ViewDefinition<>(
                    "test-archive",
                    ScriptedLoader.returning(new Readings("old", List.of(1))),
                    FreshnessPolicy.IMMUTABLE,
                    hourly));
    never =
        runtime
            .dashboard()
            .register(
                new ViewDefinition<>(
                    "test-never",
                    ScriptedLoader.<Readings>script().thenFail("inverter unreachable"),
                    policy,
                    hourly));
    readings.refreshNow().join();
    archive.refreshNow().join();
    never.refreshNow().join();
  }

  @Test
  void response_carriesTheDataAndAFreshnessBlock() throws Exception {
    HttpResponse<String> response = get("/test/archive");

    JsonNode body = json.readTree(response.body());
    assertThat(body.get("label").asText()).isEqualTo("old");
    JsonNode freshness = body.get("freshness");
    assertThat(freshness.get("view").asText()).isEqualTo("test-archive");
    assertThat(freshness.get("state").asText()).isEqualTo("fresh");
    assertThat(freshness.get("version").asLong()).isEqualTo(archive.snapshot().version());
    assertThat(freshness.get("source").asText()).isEqualTo("live");
    assertThat(freshness.get("age_seconds").asLong()).isGreaterThanOrEqualTo(0);
    assertThat(freshness.get("fetched_at").asText()).matches(".*[+-]\\d\\d:\\d\\d");
    assertThat(freshness.get("last_error").isNull()).isTrue();
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
  }

  @Test
  void missingView_servesItsPlaceholderWithStateMissingAndTheLastError() throws Exception {
    HttpResponse<String> response = get("/test/never");

    JsonNode body = json.readTree(response.body());
    assertThat(body.get("label").asText()).isEqualTo("none");
    assertThat(body.get("freshness").get("state").asText()).isEqualTo("missing");
    assertThat(body.get("freshness").get("age_seconds").isNull()).isTrue();
    assertThat(body.get("freshness").get("last_error").get("message").asText())
        .isEqualTo("IOException: inverter unreachable");
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-cache");
  }

  @Test
  void ifNoneMatch_withTheCurrentEtag_answers304WithoutABody() throws Exception {
    HttpResponse<String> first = get("/test/archive");
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> second = get("/test/archive", "If-None-Match", etag);

    assertThat(etag).startsWith("W/\"");
    assertThat(second.statusCode()).isEqualTo(304);
    assertThat(second.body()).isEmpty();
    assertThat(second.headers().firstValue("ETag")).contains(etag);
  }

  @Test
  void newVersion_changesTheEtagSoTheOldOneGetsTheNewBody() throws Exception {
    String before = get("/test/readings").headers().firstValue("ETag").orElseThrow();

    readings.refreshNow().join();
    HttpResponse<String> after = get("/test/readings", "If-None-Match", before);

    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(before);
    assertThat(json.readTree(after.body()).get("freshness").get("version").asLong())
        .isEqualTo(readings.snapshot().version());
  }

  @Test
  void aLoadFindingTheSameValue_keepsTheVersionButChangesTheEtagWithTheFetchTime()
      throws Exception {
    HttpResponse<String> before = get("/test/archive");
    String etag = before.headers().firstValue("ETag").orElseThrow();

    archive.refreshNow().join();
    HttpResponse<String> after = get("/test/archive", "If-None-Match", etag);

    // a 304 here would leave the client counting the age from the earlier fetch
    assertThat(after.statusCode()).isEqualTo(200);
    JsonNode was = json.readTree(before.body()).get("freshness");
    JsonNode is = json.readTree(after.body()).get("freshness");
    assertThat(is.get("version").asLong()).isEqualTo(was.get("version").asLong());
    assertThat(is.get("fetched_at").asText()).isNotEqualTo(was.get("fetched_at").asText());
  }

  @Test
  void acceptEncodingGzip_getsThePrecompressedBodyOnce() throws Exception {
    HttpResponse<byte[]> zipped =
        client.send(
            request("/test/readings").header("Accept-Encoding", "gzip").build(),
            BodyHandlers.ofByteArray());
    HttpResponse<String> plain = get("/test/readings");

    assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(zipped.headers().firstValue("Vary")).contains("Accept-Encoding");
    String unzipped = gunzip(zipped.body());
    assertThat(json.readTree(unzipped).get("values")).hasSize(500);
    assertThat(zipped.body().length).isLessThan(plain.body().length() / 4);
  }

  @Test
  void smallBodies_areNotCompressed() throws Exception {
    HttpResponse<String> response = get("/test/archive", "Accept-Encoding", "gzip");

    assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
  }

  @Test
  void cacheControl_followsThePolicy() throws Exception {
    assertThat(get("/test/archive").headers().firstValue("Cache-Control"))
        .contains("public, max-age=31536000, immutable");
    assertThat(get("/test/readings").headers().firstValue("Cache-Control"))
        .hasValueSatisfying(value -> assertThat(value).matches("max-age=(\\d|10)"));
  }

  @Test
  void manyRequestsForOneSnapshot_serializeItsValueOnce() throws Exception {
    readings.refreshNow().join();
    get("/test/readings");
    int before = SERIALIZED.get();

    for (int i = 0; i < 20; i++) {
      get("/test/readings");
    }

    assertThat(SERIALIZED.get()).isEqualTo(before);
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    java.net.http.HttpRequest.Builder builder = request(path);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return client.send(builder.build(), BodyHandlers.ofString());
  }

  private java.net.http.HttpRequest.Builder request(String path) {
    return java.net.http.HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.getPort() + path));
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
