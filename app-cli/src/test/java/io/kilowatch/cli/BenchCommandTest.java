package io.kilowatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs {@code bench} against a real HTTP server on loopback (the JDK's). */
class BenchCommandTest {

  private HttpServer server;
  private String url;
  private final Wiring wiring = new Wiring(Map.of(), Clock.systemUTC());

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext(
        "/health",
        exchange -> {
          byte[] body = "{\"status\":\"healthy\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.createContext(
        "/broken",
        exchange -> {
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
        });
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void bench_ofAHealthyEndpoint_reportsThroughputAndPercentilesAndPasses() {
    Cli cli =
        Cli.run(
            wiring,
            "bench",
            "--url",
            url,
            "--endpoint",
            "/health",
            "--connections",
            "2",
            "--duration",
            "300ms",
            "--warmup",
            "100ms",
            "--critical-p99",
            "5s",
            "--warning-p99",
            "5s");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("Bench of " + url + ": 2 connections");
    assertThat(cli.out())
        .containsPattern(
            "/health +\\d+ +\\d+ +\\d+\\.\\d\\d ms +\\d+\\.\\d\\d ms +\\d+\\.\\d\\d ms +0 +OK");
  }

  @Test
  void bench_ofAnEndpointAnsweringErrors_isCritical() throws Exception {
    Cli cli =
        Cli.run(
            wiring,
            "bench",
            "--url",
            url,
            "--endpoint",
            "/broken",
            "--connections",
            "1",
            "--duration",
            "200ms",
            "--warmup",
            "50ms",
            "--json");

    assertThat(cli.exitCode()).isEqualTo(2);
    JsonNode result = new ObjectMapper().readTree(cli.out()).get(0);
    assertThat(result.get("verdict").asText()).isEqualTo("CRITICAL");
    assertThat(result.get("result").get("errors").asLong()).isPositive();
  }

  @Test
  void bench_whenThroughputIsBelowTheWarningFloor_warns() {
    Cli cli =
        Cli.run(
            wiring,
            "bench",
            "--url",
            url,
            "--endpoint",
            "/health",
            "--connections",
            "1",
            "--duration",
            "200ms",
            "--warmup",
            "50ms",
            "--warning-rps",
            "100000000",
            "--warning-p99",
            "5s",
            "--critical-p99",
            "5s");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).contains("WARNING (below 1.0E8 requests/s)");
  }

  @Test
  void bench_withoutUrl_isAUsageError() {
    Cli cli = Cli.run(wiring, "bench");

    assertThat(cli.exitCode()).isEqualTo(64);
    assertThat(cli.err()).contains("bench needs --url");
  }
}
