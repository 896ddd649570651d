package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kilowatch.http.LogStreams.StreamEvent;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /logs?follow=true}: server-sent events of new lines, one follower per log. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogStreamsTest implements TestPropertyProvider {

  private static final String MASTER = "master_coordinator.log";
  private static final String FAST_CHARGE = "fast_charge.log";
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final CoordinatorInstallation coordinator = CoordinatorInstallation.create();
  private final List<Stream<String>> streams = new ArrayList<>();

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject LogStreams logStreams;

  @Override
  public Map<String, String> getProperties() {
    coordinator.writeLog(
        MASTER,
        IntStream.rangeClosed(1, 80)
            .mapToObj(i -> "12:00:00 - master - " + (i % 2 == 0 ? "ERROR" : "INFO") + " - " + i)
            .toList());
    coordinator.writeLog(FAST_CHARGE, List.of("fast charge 1"));
    return Map.of("kilowatch.config", coordinator.kilowatchConfig().toString());
  }

  @AfterEach
  void closeTheStreams() {
    streams.forEach(Stream::close);
    streams.clear();
  }

  @AfterAll
  void removeTheInstallation() {
    coordinator.close();
  }

  @Test
  void follow_sendsStartAndTheLast50MatchingLines() {
    List<StreamEvent> events = listen("/logs?file=master&follow=true&level=ERROR");

    await().atMost(WAIT).until(() -> events.size() >= 41);
    assertThat(events.get(0)).isEqualTo(StreamEvent.start());
    List<String> lines = events.subList(1, events.size()).stream().map(StreamEvent::line).toList();
    assertThat(lines)
        .hasSize(40)
        .allSatisfy(line -> assertThat(line).contains("ERROR"))
        .endsWith("12:00:00 - master - ERROR - 80");
  }

  @Test
  void follow_sendsEachAppendedLineThatPassesTheClientsLevel() {
    List<StreamEvent> errors = listen("/logs?file=fast_charge&follow=true&level=error");
    List<StreamEvent> all = listen("/logs?file=fast_charge&follow=true");
    await().atMost(WAIT).until(() -> !errors.isEmpty() && all.size() >= 2);

    coordinator.appendLog(
        FAST_CHARGE, List.of("12:01 - INFO - charging", "12:02 - ERROR - failed"));

    await().atMost(WAIT).until(() -> errors.contains(StreamEvent.log("12:02 - ERROR - failed")));
    await().atMost(WAIT).until(() -> all.contains(StreamEvent.log("12:02 - ERROR - failed")));
    assertThat(errors).doesNotContain(StreamEvent.log("12:01 - INFO - charging"));
    assertThat(all)
        .containsSubsequence(
            StreamEvent.log("fast charge 1"),
            StreamEvent.log("12:01 - INFO - charging"),
            StreamEvent.log("12:02 - ERROR - failed"));
  }

  @Test
  void follow_manyClientsOfOneLog_shareOneFollowerThatStopsWhenTheLastLeaves() {
    List<StreamEvent> first = listen("/logs?file=master&follow=true");
    List<StreamEvent> second = listen("/logs?file=master&follow=true&level=INFO");
    List<StreamEvent> third = listen("/logs?file=master&follow=true&level=ERROR");
    await().atMost(WAIT).until(() -> !first.isEmpty() && !second.isEmpty() && !third.isEmpty());

    await().atMost(WAIT).until(() -> logStreams.clientsByLog().get(MASTER), count -> count == 3);

    closeTheStreams();
    await().atMost(WAIT).until(() -> !logStreams.clientsByLog().containsKey(MASTER));
  }

  @Test
  void follow_continuesAcrossTheLogsRotation() throws Exception {
    List<StreamEvent> events = listen("/logs?file=fast_charge&follow=true");
    await().atMost(WAIT).until(() -> !events.isEmpty());

    Files.move(coordinator.log(FAST_CHARGE), coordinator.log("fast_charge.log.1"));
    coordinator.writeLog(FAST_CHARGE, List.of("after rotation"));

    await().atMost(WAIT).until(() -> events.contains(StreamEvent.log("after rotation")));
  }

  @Test
  void follow_ofALogThatDoesNotExist_answers404() {
    HttpClientResponseException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpClientResponseException.class,
            () -> http.toBlocking().exchange(HttpRequest.GET("/logs?file=data&follow=true")));

    assertThat(refused.getStatus().getCode()).isEqualTo(404);
  }

  /**
   * Opens an event stream as a browser does; its events arrive in the returned list, and {@link
   * #closeTheStreams()} closes the connection.
   */
  private List<StreamEvent> listen(String path) {
    List<StreamEvent> events = new CopyOnWriteArrayList<>();
    ServerCalls calls = new ServerCalls(server);
    Stream<String> lines =
        calls
            .send(
                calls.request(path, "Accept", "text/event-stream").build(), BodyHandlers.ofLines())
            .body();
    Thread reader =
        new Thread(
            () -> {
              try {
                lines
                    .filter(line -> line.startsWith("data:"))
                    .forEach(line -> events.add(calls.parse(line.substring(5), StreamEvent.class)));
              } catch (RuntimeException closed) {
                // The test closed the stream.
              }
            });
    reader.setDaemon(true);
    reader.start();
    streams.add(lines);
    return events;
  }
}
