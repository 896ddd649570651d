package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kilowatch.core.testing.MutableClock;
import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.demo.DemoInstallation;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.time.InstantSourceFactory;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 7, acceptance 2: a request reads snapshots only. Once the views have loaded, the
 * coordinator's installation is deleted (database, state, logs, price archive: the whole folder);
 * the data endpoints still answer 200 with the same values, a forced refresh only adds the load
 * errors, and as the (fake) clock moves on the policies flag the values stale, then expired.
 */
@MicronautTest
@Property(name = "spec.name", value = "RequestsWithoutIoTest")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestsWithoutIoTest implements TestPropertyProvider {

  /** The demo is written as of this instant, and the runtime's clock starts there. */
  private static final Instant NOW = Instant.parse("2026-11-23T11:00:00Z");

  private static final MutableClock CLOCK = MutableClock.at(NOW);

  private static final List<String> DATA =
      List.of("/current-state", "/prices", "/monthly-summary", "/decisions?time_range=24h");

  private Path installation;

  @Inject EmbeddedServer server;
  @Inject KilowatchRuntime runtime;

  /** The runtime's clock: a fake one, moved by the test. */
  @Factory
  @Requires(property = "spec.name", value = "RequestsWithoutIoTest")
  static class FakeClock {
    @Singleton
    @Replaces(bean = InstantSource.class, factory = InstantSourceFactory.class)
    InstantSource clock() {
      return CLOCK;
    }
  }

  @Override
  public Map<String, String> getProperties() {
    try {
      installation = Files.createTempDirectory("kilowatch-no-io");
      DemoInstallation demo =
          DemoInstallation.write(installation, NOW, ZoneId.of("Europe/Warsaw"), 11);
      return Map.of("kilowatch.config", demo.config().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  void deleteWhatIsLeft() {
    if (Files.exists(installation)) {
      CoordinatorInstallation.deleteTree(installation);
    }
  }

  @Test
  void withTheCoordinatorsFilesDeleted_requestsAnswerFromMemoryUntilThePoliciesFlagThem() {
    ServerCalls calls = new ServerCalls(server);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                runtime.coordinator().currentState().isPresent()
                    && runtime.prices().today().isPresent());
    Map<String, JsonNode> before = bodies(calls);
    assertThat(before.values()).allSatisfy(body -> assertThat(state(body)).isEqualTo("fresh"));

    CoordinatorInstallation.deleteTree(installation);
    JsonNode refresh =
        calls.json(
            calls.send(
                calls.request("/refresh").POST(HttpRequest.BodyPublishers.noBody()).build(),
                BodyHandlers.ofString()));
    Map<String, JsonNode> after = bodies(calls);

    assertThat(refresh.get("all_succeeded").asBoolean())
        .as("the loads fail: there is nothing left to read")
        .isFalse();
    for (String path : DATA) {
      assertThat(withoutFreshness(after.get(path)))
          .as(path)
          .isEqualTo(withoutFreshness(before.get(path)));
      assertThat(after.get(path).get("freshness").get("version"))
          .as(path)
          .isEqualTo(before.get(path).get("freshness").get("version"));
    }
    assertThat(after.get("/current-state").get("freshness").get("last_error").isNull()).isFalse();
    assertThat(after.get("/status").get("coordinator_running"))
        .isEqualTo(before.get("/status").get("coordinator_running"));

    Instant readAt = Instant.parse(fetchedAt(after.get("/current-state")));
    CLOCK.set(NOW.plus(Duration.ofMinutes(3)).plusSeconds(1));
    assertThat(states(calls))
        .containsEntry("/decisions?time_range=24h", "stale")
        .containsEntry("/monthly-summary", "fresh")
        .containsEntry("/prices", "fresh");
    CLOCK.set(readAt.plus(Duration.ofMinutes(5)).plusSeconds(1));
    assertThat(states(calls)).containsEntry("/current-state", "stale");
    CLOCK.set(readAt.plus(Duration.ofMinutes(10)).plusSeconds(1));
    assertThat(states(calls)).containsEntry("/current-state", "expired");
    CLOCK.set(NOW.plus(Duration.ofMinutes(10)).plusSeconds(1));
    assertThat(states(calls)).containsEntry("/monthly-summary", "stale");
    CLOCK.set(NOW.plus(Duration.ofMinutes(30)).plusSeconds(1));
    assertThat(states(calls)).containsEntry("/decisions?time_range=24h", "expired");
    CLOCK.set(NOW.plus(Duration.ofHours(1)).plusSeconds(1));
    assertThat(states(calls))
        .as("a published price day never turns stale")
        .containsEntry("/monthly-summary", "expired")
        .containsEntry("/prices", "fresh");
    assertThat(calls.get("/status").statusCode()).isEqualTo(200);
  }

  /** The data endpoints and /status, each answered 200, parsed. */
  private static Map<String, JsonNode> bodies(ServerCalls calls) {
    Map<String, JsonNode> bodies = new LinkedHashMap<>();
    for (String path : DATA) {
      bodies.put(path, calls.ok(calls.get(path)));
    }
    bodies.put("/status", calls.ok(calls.get("/status")));
    return bodies;
  }

  private static Map<String, String> states(ServerCalls calls) {
    Map<String, String> states = new LinkedHashMap<>();
    for (String path : DATA) {
      states.put(path, state(calls.ok(calls.get(path))));
    }
    return states;
  }

  private static String state(JsonNode body) {
    return body.get("freshness").get("state").asText();
  }

  private static String fetchedAt(JsonNode body) {
    return body.get("freshness").get("fetched_at").asText();
  }

  private static JsonNode withoutFreshness(JsonNode body) {
    ObjectNode copy = body.deepCopy();
    copy.remove("freshness");
    return copy;
  }
}
