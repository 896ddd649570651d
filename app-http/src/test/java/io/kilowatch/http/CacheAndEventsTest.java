package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.testing.ScriptedLoader;
import io.kilowatch.core.view.RefreshSchedule;
import io.kilowatch.core.view.RefreshingView;
import io.kilowatch.core.view.ViewDefinition;
import io.kilowatch.runtime.KilowatchRuntime;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.sse.SseClient;
import io.micronaut.http.sse.Event;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

@MicronautTest
class CacheAndEventsTest {

  private static final FreshnessPolicy POLICY =
      FreshnessPolicy.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
  private static final RefreshSchedule HOURLY = RefreshSchedule.every(Duration.ofHours(1));

  @Inject KilowatchRuntime runtime;
  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject
  @Client("/")
  SseClient sse;

  @Inject ViewEvents events;

  private static RefreshingView<String> prices;

  @BeforeEach
  void registerAViewOnce() {
    if (prices == null) {
      prices =
          runtime
              .dashboard()
              .register(
                  new ViewDefinition<>(
                      "prices",
                      ScriptedLoader.<String>script().thenReturn("day").thenFail("PSE down"),
                      POLICY,
                      HOURLY));
    }
  }

  @Test
  void health_answersHealthyWithAnOffsetTimestamp() {
    Map<String, Object> body =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/health"), Argument.mapOf(String.class, Object.class));

    assertThat(body).containsEntry("status", "healthy").containsEntry("service", "kilowatch");
    assertThat((String) body.get("timestamp")).matches(".*T.*[+-]\\d\\d:\\d\\d");
  }

  @Test
  void server_bindsLoopbackByDefault() {
    assertThat(server.getHost()).isIn("127.0.0.1", "localhost");
  }

  @Test
  void cache_reportsEveryViewWithStateAgeVersionAndCounters() {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> ((Number) cacheEntry("prices").get("version")).longValue() >= 1);

    Map<String, Object> entry = cacheEntry("prices");

    assertThat(entry)
        .containsEntry("view", "prices")
        .containsEntry("source", "live")
        .containsKeys(
            "age_seconds",
            "fetched_at",
            "last_error",
            "reads",
            "loads_succeeded",
            "last_load_seconds");
    assertThat((String) entry.get("state")).isIn("fresh", "stale", "expired");
  }

  @Test
  void refresh_reloadsEveryViewAndAnswersWithEachOutcome() {
    HttpResponse<Map<String, Object>> response =
        http.toBlocking()
            .exchange(HttpRequest.POST("/refresh", ""), Argument.mapOf(String.class, Object.class));

    assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> views = (List<Map<String, Object>>) response.body().get("views");
    assertThat(views).anySatisfy(view -> assertThat(view).containsEntry("view", "prices"));
  }

  @Test
  void events_sendOneEventPerViewChange() {
    long before = events.lastId();
    Flux<Event<ViewEvents.ViewEvent>> stream =
        Flux.from(
                sse.eventStream(
                    HttpRequest.GET("/events").header("Last-Event-ID", Long.toString(before)),
                    ViewEvents.ViewEvent.class))
            .filter(event -> "view".equals(event.getName()))
            // Other views (the runtime's own) change in the background too.
            .filter(event -> event.getData().view().equals("prices"));

    prices.refreshNow().join();
    Event<ViewEvents.ViewEvent> event = stream.blockFirst(Duration.ofSeconds(20));

    assertThat(event).isNotNull();
    assertThat(Long.parseLong(event.getId())).isGreaterThan(before);
    assertThat(event.getData().view()).isEqualTo("prices");
    assertThat(event.getData().version()).isEqualTo(prices.snapshot().version());
    assertThat(event.getData().status()).isIn("loaded", "failed");
  }

  @Test
  void events_afterReconnectingWithLastEventId_resumeWithTheFirstMissedEvent() {
    prices.refreshNow().join();
    long missedFrom = events.lastId();
    prices.refreshNow().join();
    prices.refreshNow().join();

    List<Event<ViewEvents.ViewEvent>> resumed =
        Flux.from(
                sse.eventStream(
                    HttpRequest.GET("/events").header("Last-Event-ID", Long.toString(missedFrom)),
                    ViewEvents.ViewEvent.class))
            .filter(event -> "view".equals(event.getName()))
            .take(2)
            .collectList()
            .block(Duration.ofSeconds(20));

    assertThat(resumed)
        .extracting(Event::getId)
        .containsExactly(Long.toString(missedFrom + 1), Long.toString(missedFrom + 2));
  }

  @Test
  void events_startWithAHeartbeat_soAQuietStreamIsKnownToBeOpen() {
    Event<Map<String, Object>> first =
        Flux.from(
                sse.eventStream(
                    HttpRequest.GET("/events"), Argument.mapOf(String.class, Object.class)))
            .blockFirst(Duration.ofSeconds(10));

    assertThat(first).isNotNull();
    assertThat(first.getName()).isEqualTo("heartbeat");
    assertThat(first.getId()).isNull();
    assertThat(first.getData()).containsKeys("at", "last_id");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> cacheEntry(String view) {
    Map<String, Object> cache =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/cache"), Argument.mapOf(String.class, Object.class));
    return ((List<Map<String, Object>>) cache.get("views"))
        .stream().filter(entry -> view.equals(entry.get("view"))).findFirst().orElseThrow();
  }
}
