package io.kilowatch.http;

import io.kilowatch.runtime.demo.DemoInstallation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The page tests' server setup: the generated demo installation ({@link DemoInstallation}: 60 days
 * in the coordinator's database, its logs, today's and tomorrow's prices), written as of now into a
 * test's temporary folder, and the properties that start the real server on it. Its {@code
 * kilowatch.yaml} also sets {@link #SETTINGS}, and an access token when one is given.
 */
final class PageDemo {

  static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

  /**
   * The current state turns stale 5 minutes after its reading (the default, stated here because the
   * stale test moves the clock past it) and is loaded again only every 10 minutes (the longest
   * interval), so that only a test's own refresh reloads it while the tests run.
   */
  static final String SETTINGS =
      """
      views:
        inverter:
          interval: 10m
          refresh-after: 5m
          expire-after: 10m
      """;

  private final DemoInstallation installation;

  private PageDemo(DemoInstallation installation) {
    this.installation = installation;
  }

  /**
   * Writes the installation (seed 42, as {@code --demo}) into {@code folder} (empty; a test's
   * {@code @TempDir}: the database alone takes some 40 MB), with {@code token} if not null.
   */
  static PageDemo write(Path folder, @Nullable String token) {
    try {
      DemoInstallation installation = DemoInstallation.write(folder, Instant.now(), ZONE, 42);
      String extra = SETTINGS;
      if (token != null) {
        extra += "http:\n  access-token: \"" + token + "\"\n";
      }
      Files.writeString(installation.config(), extra, StandardOpenOption.APPEND);
      return new PageDemo(installation);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  DemoInstallation installation() {
    return installation;
  }

  /** The coordinator's log file {@code name}, e.g. {@code master_coordinator.log}. */
  Path log(String name) {
    return installation.root().resolve("logs").resolve(name);
  }

  /**
   * Properties of the server: this installation's settings, {@code spec.name} (which test beans
   * apply) and a heartbeat on {@code /events} every second, so the page learns the server's time
   * (which a test may move on) at once.
   */
  Map<String, String> properties(String specName) {
    return Map.of(
        "kilowatch.config",
        installation.config().toString(),
        "spec.name",
        specName,
        EventsController.HEARTBEAT_PROPERTY,
        "1s");
  }
}
