package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /logs}, {@code /logs/files} and {@code /logs/download} on real log files. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogEndpointsTest implements TestPropertyProvider {

  private static final String MASTER = "master_coordinator.log";
  private static final String DATA = "enhanced_data_collector.log";
  private static final List<String> LEVELS = List.of("INFO", "DEBUG", "WARNING", "ERROR", "INFO");

  private final CoordinatorInstallation coordinator = CoordinatorInstallation.create();
  private final List<String> masterLines =
      IntStream.rangeClosed(1, 150)
          .mapToObj(
              i ->
                  "2026-11-23 12:%02d:00,000 - master_coordinator - %s - message %d"
                      .formatted(i % 60, LEVELS.get(i % LEVELS.size()), i))
          .toList();

  @Inject EmbeddedServer server;
  private ServerCalls calls;

  @Override
  public Map<String, String> getProperties() {
    coordinator.writeLog(MASTER, masterLines);
    coordinator.writeLog(DATA, List.of("collected 1", "collected 2", "collected 3"));
    coordinator.writeLog(
        "big.log",
        IntStream.range(0, 4_000).mapToObj(i -> "a line of a big log, number " + i).toList());
    return Map.of("kilowatch.config", coordinator.kilowatchConfig().toString());
  }

  @BeforeEach
  void connect() {
    calls = new ServerCalls(server);
  }

  @AfterAll
  void removeTheInstallation() {
    coordinator.close();
  }

  @Test
  void logs_withoutParameters_answerTheLast100LinesOfTheMasterLogInTheReferenceShape()
      throws Exception {
    JsonNode body = body(get("/logs"));

    assertThat(body.get("log_file").asText()).isEqualTo(MASTER);
    assertThat(body.get("total_lines").asInt()).isEqualTo(-1);
    assertThat(body.get("filtered_lines").asInt()).isEqualTo(-1);
    assertThat(body.get("returned_lines").asInt()).isEqualTo(100);
    assertThat(body.get("level_filter").asText()).isEmpty();
    assertThat(lines(body)).isEqualTo(masterLines.subList(50, 150));
    assertThat(body.get("freshness").get("state").asText()).isEqualTo("fresh");
  }

  @Test
  void logs_withLinesAndLevel_answerTheLastLinesOfThatLevel() throws Exception {
    JsonNode body = body(get("/logs?file=master&lines=3&level=error"));

    List<String> errors = masterLines.stream().filter(line -> line.contains("ERROR")).toList();
    assertThat(body.get("level_filter").asText()).isEqualTo("ERROR");
    assertThat(body.get("returned_lines").asInt()).isEqualTo(3);
    assertThat(lines(body)).isEqualTo(errors.subList(errors.size() - 3, errors.size()));
  }

  @Test
  void logs_fileKeys_areTheReferencesInAnyCase() throws Exception {
    assertThat(body(get("/logs?file=data")).get("log_file").asText()).isEqualTo(DATA);
    assertThat(body(get("/logs?file=Enhanced_Data_Collector")).get("log_file").asText())
        .isEqualTo(DATA);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-5", "10%5E9", "1000000000", "0", "5001", "2.5"})
  void logs_withABadLines_answer400NamingIt(String lines) throws Exception {
    HttpResponse<String> response = get("/logs?lines=" + lines);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = calls.json(response);
    assertThat(error.get("parameter").asText()).isEqualTo("lines");
    assertThat(error.get("error").asText()).contains("'lines'").contains("1 to 5000");
  }

  @Test
  void logs_withABadLevelOrFollow_answer400NamingIt() throws Exception {
    HttpResponse<String> level = get("/logs?level=TRACE");
    HttpResponse<String> follow = get("/logs?follow=yes");

    assertThat(level.statusCode()).isEqualTo(400);
    assertThat(calls.json(level).get("parameter").asText()).isEqualTo("level");
    assertThat(calls.json(level).get("error").asText()).contains("TRACE");
    assertThat(follow.statusCode()).isEqualTo(400);
    assertThat(calls.json(follow).get("parameter").asText()).isEqualTo("follow");
  }

  @Test
  void logs_ofAnUnknownFile_answer400NamingTheParameterAndTheKeys() throws Exception {
    HttpResponse<String> response = get("/logs?file=secrets");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(calls.json(response).get("error").asText())
        .isEqualTo(
            "parameter 'file' must be one of master, data, enhanced_data_collector, fast_charge,"
                + " systemd, journal, but was 'secrets'");
    assertThat(calls.json(response).get("parameter").asText()).isEqualTo("file");
  }

  @Test
  void logs_ofAKnownFileThatDoesNotExist_answer404() throws Exception {
    HttpResponse<String> response = get("/logs?file=fast_charge");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(calls.json(response).get("error").asText())
        .isEqualTo("Log file fast_charge not found");
  }

  @Test
  void logs_summary_answer404SayingItIsNotOffered() throws Exception {
    HttpResponse<String> response = get("/logs?file=summary");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(calls.json(response).get("error").asText()).contains("not offered");
  }

  @Test
  void logs_ofTheJournal_answerItsLinesOrSayWhyItCannotBeRead() throws Exception {
    HttpResponse<String> response = get("/logs?file=systemd");

    // Whether this machine has a journal Kilowatch may read decides which.
    if (response.statusCode() == 200) {
      assertThat(calls.json(response).get("log_file").asText()).isEqualTo("systemd-journal");
    } else {
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(calls.json(response).get("error").asText())
          .contains("systemd-journal cannot be read");
    }
  }

  @Test
  void logs_askedAgainWithTheirEtag_answer304AndCompressWhenAsked() throws Exception {
    HttpResponse<String> first = get("/logs?lines=50");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> zipped = calls.getBytes("/logs?lines=50", "Accept-Encoding", "gzip");

    assertThat(get("/logs?lines=50", "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(get("/logs?lines=49", "If-None-Match", etag).statusCode()).isEqualTo(200);
    assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(calls.parse(gunzip(zipped.body()), JsonNode.class).get("returned_lines").asInt())
        .isEqualTo(50);
  }

  @Test
  void logs_onceRead_areServedFromMemoryEvenWhenTheFileIsGone() throws Exception {
    body(get("/logs?file=data"));

    Files.delete(coordinator.log(DATA));
    JsonNode body = body(get("/logs?file=data&lines=2"));

    assertThat(lines(body)).containsExactly("collected 2", "collected 3");
  }

  @Test
  void files_listTheLogFilesWithSizeModifiedAndPath() throws Exception {
    JsonNode files = body(get("/logs/files")).get("log_files");

    JsonNode master = null;
    for (JsonNode file : files) {
      if (file.get("name").asText().equals(MASTER)) {
        master = file;
      }
    }
    assertThat(master).isNotNull();
    assertThat(master.get("size").asLong()).isEqualTo(Files.size(coordinator.log(MASTER)));
    assertThat(master.get("path").asText()).isEqualTo(MASTER);
    assertThat(master.get("modified").asText()).matches(".*T.*[+-]\\d\\d:\\d\\d");
  }

  @Test
  void download_streamsTheFileAsATextAttachment() throws Exception {
    HttpResponse<byte[]> response = calls.getBytes("/logs/download/big.log");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(response.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"big.log\"");
    assertThat(response.body()).isEqualTo(Files.readAllBytes(coordinator.log("big.log")));
  }

  @Test
  void download_ofTheNameThePageAsksFor_isTheFileOfThatKey() throws Exception {
    HttpResponse<byte[]> response = calls.getBytes("/logs/download/master.log");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(Files.readAllBytes(coordinator.log(MASTER)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"..%2Fkilowatch.yaml", "%2Fetc%2Fpasswd", "..%5Ckilowatch.yaml", "%2E%2E"})
  void download_ofANameThatIsAPath_answers400NamingTheParameter(String name) throws Exception {
    HttpResponse<String> response = get("/logs/download/" + name);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(calls.json(response).get("parameter").asText()).isEqualTo("file");
  }

  @Test
  void download_ofAFileNotInTheLogList_answers404() throws Exception {
    Path outside = Files.writeString(coordinator.root().resolve("secret.txt"), "secret");
    Files.createSymbolicLink(coordinator.log("link.log"), outside);

    HttpResponse<String> notListed = get("/logs/download/kilowatch.yaml");

    assertThat(notListed.statusCode()).isEqualTo(404);
    assertThat(calls.json(notListed).get("error").asText())
        .isEqualTo("Log file not found: kilowatch.yaml");
    assertThat(get("/logs/download/link.log").statusCode()).isEqualTo(404);
    assertThat(get("/logs/download/fast_charge.log").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(String path, String... headers) {
    return calls.get(path, headers);
  }

  private JsonNode body(HttpResponse<String> response) {
    return calls.ok(response);
  }

  private static List<String> lines(JsonNode body) {
    List<String> lines = new ArrayList<>();
    body.get("lines").forEach(line -> lines.add(line.asText()));
    return lines;
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
