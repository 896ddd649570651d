package io.kilowatch.http;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@link KilowatchServer#main} in a JVM of its own (the test's classpath), as a service manager
 * runs it: started with options, stopped with SIGTERM ({@link Process#destroy()}). Its output goes
 * to a file, shown when a test fails. Tests never reach the internet: PSE points at a closed port.
 */
final class ServerProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path output;

  private ServerProcess(Process process, int port, Path output) {
    this.process = process;
    this.port = port;
    this.output = output;
  }

  /** Starts the server on a free port with {@code --config config}; returns once it answers. */
  static ServerProcess start(Path config, Path output) throws IOException {
    int port = freePort();
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            KilowatchServer.class.getName(),
            "--config",
            config.toString(),
            "--port",
            Integer.toString(port));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    builder
        .environment()
        .putAll(
            Map.of(
                "KILOWATCH_PSE_BASE_URL", "http://127.0.0.1:9/api", "KILOWATCH_PSE_RETRIES", "0"));
    ServerProcess server = new ServerProcess(builder.start(), port, output);
    server.awaitAnswer();
    return server;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  Process process() {
    return process;
  }

  /** What the server printed so far. */
  String output() {
    try {
      return Files.readString(output);
    } catch (IOException e) {
      return "(no output: " + e + ")";
    }
  }

  private void awaitAnswer() {
    HttpClient client = HttpClient.newHttpClient();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException("the server exited: " + output());
              }
              try {
                return client
                        .send(
                            HttpRequest.newBuilder(uri("/health")).build(),
                            BodyHandlers.discarding())
                        .statusCode()
                    == 200;
              } catch (IOException notYet) {
                return false;
              }
            });
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while stopping the server", e));
    }
  }
}
