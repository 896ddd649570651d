package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kilowatch.core.dashboard.CoordinatorViews;
import io.kilowatch.core.dashboard.PriceViews;
import io.kilowatch.runtime.demo.DemoInstallation;
import io.kilowatch.storage.JdbiSnapshotStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, acceptance 3: {@link KilowatchServer} in a JVM of its own gets a real SIGTERM while a
 * download is being read and an {@code /events} stream is open. The download completes, the stream
 * ends cleanly, the process exits within 5 s and the views' snapshots are in Kilowatch's database;
 * a second start on the same data, with the coordinator's database, state files and logs gone,
 * serves the same current state as {@code warm-start} before any load of its own succeeded.
 */
class GracefulShutdownTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  private static final Duration EXIT_WITHIN = Duration.ofSeconds(5);
  private static final int LOG_MEGABYTES = 32;

  @TempDir Path dir;

  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void sigterm_completesInFlightRequestsExitsWithin5sAndTheNextStartIsWarm() throws Exception {
    DemoInstallation demo =
        DemoInstallation.write(dir.resolve("installation"), Instant.now(), WARSAW, 5);
    Path bigLog = writeBigLog(demo.root().resolve("logs").resolve("big.log"));
    JsonNode before;
    try (ServerProcess first = ServerProcess.start(demo.config(), dir.resolve("first.out"))) {
      before = loadEverything(first);

      HttpResponse<InputStream> download =
          client.send(request(first, "/logs/download/big.log"), BodyHandlers.ofInputStream());
      InputStream body = download.body();
      byte[] head = body.readNBytes(1 << 20);
      CompletableFuture<Long> events = eventLines(first);

      long sigterm = System.nanoTime();
      first.process().destroy();
      long rest = body.transferTo(OutputStream.nullOutputStream());
      body.close();
      boolean exited = first.process().waitFor(30, TimeUnit.SECONDS);
      Duration took = Duration.ofNanos(System.nanoTime() - sigterm);

      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(head.length + rest)
          .as("the download in flight completes")
          .isEqualTo(Files.size(bigLog));
      assertThat(events.get(10, TimeUnit.SECONDS))
          .as("the /events stream ends cleanly")
          .isPositive();
      assertThat(exited).as(first.output()).isTrue();
      assertThat(took).as(first.output()).isLessThan(EXIT_WITHIN);
    }

    assertThat(storedViews())
        .allSatisfy(
            view ->
                assertThat(JdbiSnapshotStore.open(kilowatchDatabase(demo)).load(view))
                    .as(view)
                    .isPresent());

    for (String gone : List.of("data/goodwe_energy.db", "out", "logs")) {
      CoordinatorInstallation.deleteTree(demo.root().resolve(gone));
    }
    Files.deleteIfExists(demo.root().resolve("data/goodwe_energy.db-wal"));
    Files.deleteIfExists(demo.root().resolve("data/goodwe_energy.db-shm"));
    try (ServerProcess second = ServerProcess.start(demo.config(), dir.resolve("second.out"))) {
      JsonNode warm = get(second, "/current-state");
      JsonNode prices = get(second, "/prices");
      JsonNode month = get(second, "/monthly-summary");
      JsonNode cache = get(second, "/cache");

      assertThat(warm.get("freshness").get("source").asText()).isEqualTo("warm-start");
      assertThat(data(warm)).isEqualTo(data(before));
      assertThat(warm.get("freshness").get("fetched_at"))
          .isEqualTo(before.get("freshness").get("fetched_at"));
      assertThat(loadsSucceeded(cache, CoordinatorViews.CURRENT_STATE)).isZero();
      assertThat(prices.get("freshness").get("source").asText()).isEqualTo("warm-start");
      assertThat(month.get("freshness").get("source").asText()).isEqualTo("warm-start");
    }
  }

  /** Reads every endpoint whose views persist, once they hold live values; the current state. */
  private JsonNode loadEverything(ServerProcess server) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                get(server, "/current-state").get("freshness").get("source").asText().equals("live")
                    && !get(server, "/prices")
                        .get("freshness")
                        .get("state")
                        .asText()
                        .equals("missing"));
    for (String path :
        List.of(
            "/monthly-summary",
            "/decisions?time_range=24h",
            "/decisions?time_range=7d",
            "/historical-data",
            "/logs/files")) {
      get(server, path);
    }
    return get(server, "/current-state");
  }

  private static List<String> storedViews() {
    return List.of(
        PriceViews.TODAY,
        PriceViews.TOMORROW,
        CoordinatorViews.CURRENT_STATE,
        "monthly-summary/" + YearMonth.now(WARSAW),
        "recent-decisions/24h",
        "recent-decisions/7d",
        "historical-data-24h",
        "historical-data-7d");
  }

  private static Path kilowatchDatabase(DemoInstallation demo) {
    return demo.root().resolve("kilowatch").resolve("kilowatch.db");
  }

  /** The current state's readings: without its freshness and what follows from the clock. */
  private static JsonNode data(JsonNode currentState) {
    ObjectNode copy = currentState.deepCopy();
    copy.remove(List.of("freshness", "cache_age_seconds", "data_source", "data_warning"));
    return copy;
  }

  private static long loadsSucceeded(JsonNode cache, String view) {
    for (JsonNode entry : cache.get("views")) {
      if (entry.get("view").asText().equals(view)) {
        return entry.get("loads_succeeded").asLong();
      }
    }
    throw new AssertionError("no view " + view + " in " + cache);
  }

  /** Counts the lines of an {@code /events} stream until it ends; fails if it breaks. */
  private CompletableFuture<Long> eventLines(ServerProcess server) throws Exception {
    HttpResponse<Stream<String>> response =
        client.send(request(server, "/events"), BodyHandlers.ofLines());
    assertThat(response.statusCode()).isEqualTo(200);
    return CompletableFuture.supplyAsync(
        () -> {
          try (Stream<String> lines = response.body()) {
            return lines.count();
          }
        });
  }

  private JsonNode get(ServerProcess server, String path) {
    try {
      HttpResponse<String> response =
          client.send(request(server, path), BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest request(ServerProcess server, String path) {
    return HttpRequest.newBuilder(server.uri(path)).build();
  }

  /** A log far bigger than the sockets' buffers, so its download is still going at SIGTERM. */
  private static Path writeBigLog(Path file) throws IOException {
    String line = "2026-11-23 12:00:00 - INFO - " + "x".repeat(70) + "\n";
    long lines = LOG_MEGABYTES * 1024L * 1024L / line.length();
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long i = 0; i < lines; i++) {
        writer.write(line);
      }
    }
    return file;
  }
}
