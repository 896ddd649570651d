package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, in a fresh profile, driven over the DevTools protocol (no driver
 * binary, nothing downloaded). The flags keep it off the network: this machine reaches nothing but
 * loopback, and Chromium's background services would otherwise try.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/bin/chromium");

  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--hide-scrollbars",
          "--remote-debugging-port=0");

  private final Process process;
  private final Path profile;
  private final DevToolsConnection devTools;

  private HeadlessChromium(Process process, Path profile, DevToolsConnection devTools) {
    this.process = process;
    this.profile = profile;
    this.devTools = devTools;
  }

  /** Starts Chromium with {@code zone} as its time zone, logging to {@code log}. */
  static HeadlessChromium start(ZoneId zone, Path log) throws Exception {
    assertThat(BINARY)
        .as("the page's end-to-end test needs Debian's chromium: apt-get install chromium")
        .isExecutable();
    Path profile = Files.createTempDirectory("kilowatch-chromium");
    ProcessBuilder builder = new ProcessBuilder(BINARY.toString());
    builder.command().addAll(FLAGS);
    builder.command().add("--user-data-dir=" + profile);
    builder.command().add("about:blank");
    builder.environment().put("TZ", zone.getId());
    Files.createDirectories(log.getParent());
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = builder.start();
    // Chromium writes the port it chose, and the browser's endpoint path, into the profile.
    Path activePort = profile.resolve("DevToolsActivePort");
    List<String> lines =
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> readLines(activePort), found -> found.size() >= 2);
    URI endpoint = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
    return new HeadlessChromium(process, profile, new DevToolsConnection(endpoint));
  }

  /** A new tab. */
  BrowserPage newPage() throws Exception {
    String targetId =
        devTools
            .send(null, "Target.createTarget", Map.of("url", "about:blank"))
            .get("targetId")
            .asText();
    String session =
        devTools
            .send(null, "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
            .get("sessionId")
            .asText();
    return new BrowserPage(devTools, session);
  }

  @Override
  public void close() throws IOException {
    try {
      devTools.send(null, "Browser.close", Map.of());
    } catch (Exception alreadyGone) {
      // The process is ended below either way.
    }
    devTools.close();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(HeadlessChromium::deleteQuietly);
    }
  }

  private static List<String> readLines(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllLines(file) : List.of();
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException stillInUse) {
      // A temporary profile; the OS cleans it up.
    }
  }
}
