package io.kilowatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kilowatch.runtime.demo.DemoInstallation;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Acceptance 3 of the command line: every data command with {@code --url} against a real server
 * (the Micronaut app on a random port, offline, on a demo installation) prints the same JSON as the
 * same command embedded on the same installation.
 *
 * <p>Fields that legitimately differ are removed before comparing, because the two processes load
 * the same data at different moments and a different number of times:
 *
 * <ul>
 *   <li>every body's {@code freshness.age_seconds}, {@code fetched_at}, {@code stale_at}, {@code
 *       expires_at} (when each process loaded the view; for the current state the reading's time,
 *       equal anyway) and {@code version} (the server reloads on its schedule, a command loads
 *       once); the current state's {@code cache_age_seconds} and {@code data_warning} (its age);
 *       the decisions' top-level {@code timestamp} (the time of the request);
 *   <li>the cache report's {@code at}, and per view its age, {@code fetched_at}, {@code version},
 *       counters ({@code reads}, {@code loads_*}, {@code load_timeouts}), {@code
 *       last_load_seconds}, {@code loading}, and the time and count of its last error (the message
 *       stays).
 * </ul>
 *
 * A body that depends on the time of day (the current price period, the 24-hour window) is read
 * again once if the two differ, in case a boundary passed between the two runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteEqualsEmbeddedTest {

  private static final Map<String, String> OFFLINE =
      Map.of("KILOWATCH_PSE_BASE_URL", "http://127.0.0.1:9/api", "KILOWATCH_PSE_RETRIES", "0");

  private static final List<String> FRESHNESS_TIMING =
      List.of("age_seconds", "fetched_at", "stale_at", "expires_at", "version");

  private static final List<String> VIEW_TIMING =
      List.of(
          "age_seconds",
          "fetched_at",
          "version",
          "reads",
          "loads_succeeded",
          "loads_failed",
          "load_timeouts",
          "last_load_seconds",
          "loading");

  @TempDir static Path folder;
  private static DemoInstallation demo;
  private static EmbeddedServer server;
  private static String url;
  private static final Wiring WIRING = new Wiring(OFFLINE, Clock.systemUTC());
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void startTheServerOnTheDemo() throws Exception {
    demo =
        DemoInstallation.write(
            folder.resolve("demo"), Clock.systemUTC().instant(), ZoneId.of("Europe/Warsaw"), 11);
    server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                "kilowatch.config", demo.config().toString(),
                "kilowatch.offline", "true",
                "micronaut.server.port", "-1"));
    url = "http://127.0.0.1:" + server.getPort();
    ObjectMapper json = new ObjectMapper();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              JsonNode views =
                  json.readTree(cli("status", "--json", "--url", url).out()).get("views");
              for (JsonNode view : views) {
                if (view.get("state").asText().equals("missing")
                    || view.get("loading").asBoolean()) {
                  return false;
                }
              }
              return true;
            });
    // Once more, so that the current state was loaded after today's prices (it carries the price).
    assertThat(cli("refresh", "--url", url).exitCode()).isZero();
  }

  @AfterAll
  static void stopTheServer() {
    if (server != null) {
      server.getApplicationContext().close();
    }
  }

  @Test
  @Order(1)
  void status_remote_equalsEmbedded() throws Exception {
    assertSameInBothModes("status");
  }

  @Test
  @Order(1)
  void check_remote_seesTheCoordinatorDownAsEmbeddedDoes() {
    Cli embedded = cli(embedded("check"));
    Cli remote = cli(remote("check"));

    assertThat(remote.exitCode()).isEqualTo(embedded.exitCode()).isEqualTo(2);
    assertThat(remote.out()).startsWith("KILOWATCH CRITICAL - coordinator not running");
    assertThat(embedded.out()).startsWith("KILOWATCH CRITICAL - coordinator not running");
  }

  @Test
  @Order(2)
  void cacheStats_remote_equalsEmbedded() throws Exception {
    assertSameInBothModes("cache", "stats");
  }

  @Test
  @Order(3)
  void state_remote_equalsEmbedded() throws Exception {
    JsonNode state = assertSameInBothModes("state");

    assertThat(state.get("pricing").get("current_price_pln_kwh").isNumber()).isTrue();
  }

  @Test
  @Order(3)
  void prices_remote_equalsEmbedded() throws Exception {
    assertSameInBothModes("prices");
    assertSameInBothModes("prices", "--date", "tomorrow", "--window", "3h", "--tariff", "G11");
  }

  @Test
  @Order(3)
  void summary_remote_equalsEmbedded() throws Exception {
    assertSameInBothModes("summary");
    assertSameInBothModes(
        "summary",
        "--month",
        java.time.YearMonth.now(ZoneId.of("Europe/Warsaw")).minusMonths(1).toString());
  }

  @Test
  @Order(3)
  void decisions_remote_equalsEmbedded() throws Exception {
    assertSameInBothModes("decisions");
    assertSameInBothModes("decisions", "--since", "7d");
  }

  @Test
  @Order(3)
  void logs_remote_equalsEmbedded() throws Exception {
    assertSameInBothModes("logs");
    assertSameInBothModes("logs", "--file", "data", "--lines", "7", "--level", "warning");
  }

  @Test
  @Order(3)
  void badInput_remote_exitsAsEmbedded() {
    for (String[] command :
        List.of(
            new String[] {"prices", "--date", "2020-01-01"},
            new String[] {"summary", "--month", "2026-13"},
            new String[] {"logs", "--lines", "-5"})) {
      Cli embedded = cli(embedded(command));
      Cli remote = cli(remote(command));

      assertThat(remote.exitCode()).as(String.join(" ", command)).isEqualTo(64);
      assertThat(embedded.exitCode()).as(String.join(" ", command)).isEqualTo(64);
      assertThat(remote.err().lines()).hasSize(1);
    }
  }

  @Test
  @Order(4)
  void follow_remote_streamsTheLastLinesThenNewOnes() throws Exception {
    StringWriter out = new StringWriter();
    AtomicInteger exitCode = new AtomicInteger(-1);
    CommandLine commandLine = KilowatchCli.commandLine(WIRING);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
    Thread following =
        new Thread(() -> exitCode.set(commandLine.execute("logs", "--follow", "--url", url)));
    following.start();

    await().atMost(Duration.ofSeconds(20)).until(() -> out.toString().lines().count() >= 50);
    Files.writeString(
        demo.root().resolve("logs/master_coordinator.log"),
        "2026-11-23 13:00:00,000 - src.master_coordinator - INFO - streamed to the CLI\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> out.toString().contains("streamed to the CLI"));
    following.interrupt();
    following.join(10_000);

    assertThat(following.isAlive()).isFalse();
    assertThat(exitCode.get()).isZero();
  }

  /** Runs {@code command --json} both ways; returns the remote body. */
  private JsonNode assertSameInBothModes(String... command) throws Exception {
    for (int attempt = 1; ; attempt++) {
      Cli embedded = cli(embedded(withJson(command)));
      Cli remote = cli(remote(withJson(command)));
      assertThat(embedded.exitCode()).as("embedded: " + embedded.err()).isZero();
      assertThat(remote.exitCode()).as("remote: " + remote.err()).isZero();
      String embeddedJson = comparable(embedded.out());
      String remoteJson = comparable(remote.out());
      if (embeddedJson.equals(remoteJson) || attempt == 2) {
        assertThat(remoteJson).as(String.join(" ", command)).isEqualTo(embeddedJson);
        return json.readTree(remote.out());
      }
    }
  }

  /** The JSON without the fields that legitimately differ (see the class comment), indented. */
  private String comparable(String output) throws Exception {
    JsonNode body = json.readTree(output);
    if (body.has("views") && body.get("views").isArray()) {
      ((ObjectNode) body).remove("at");
      for (JsonNode view : body.get("views")) {
        ((ObjectNode) view).remove(VIEW_TIMING);
        if (view.get("last_error").isObject()) {
          ((ObjectNode) view.get("last_error")).remove(List.of("at", "consecutive_failures"));
        }
      }
    }
    if (body.get("freshness") instanceof ObjectNode freshness) {
      freshness.remove(FRESHNESS_TIMING);
      ObjectNode top = (ObjectNode) body;
      top.remove(List.of("cache_age_seconds", "data_warning"));
      if (body.has("decisions")) {
        top.remove("timestamp");
      }
    }
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(body);
  }

  private static String[] withJson(String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.add("--json");
    return args.toArray(String[]::new);
  }

  private static String[] embedded(String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.add("--config");
    args.add(demo.config().toString());
    return args.toArray(String[]::new);
  }

  private static String[] remote(String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.add("--url");
    args.add(url);
    return args.toArray(String[]::new);
  }

  private static Cli cli(String... args) {
    return Cli.run(WIRING, args);
  }

  /** A run of {@code kilowatch} with its exit code and captured output. */
  record Cli(int exitCode, String out, String err) {
    static Cli run(Connector connector, String... args) {
      CommandLine commandLine = KilowatchCli.commandLine(connector);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      commandLine.setOut(new PrintWriter(out));
      commandLine.setErr(new PrintWriter(err));
      return new Cli(commandLine.execute(args), out.toString(), err.toString());
    }
  }
}
