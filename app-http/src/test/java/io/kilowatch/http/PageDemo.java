package io.kilowatch.http;

import io.kilowatch.runtime.demo.DemoInstallation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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

  /**
   * How far {@link ShiftedClock} starts behind the system clock, and the installation with it: from
   * 23:00 local time on, back to 22:00, so that no test (nor the 6 minutes the stale test skips)
   * crosses midnight, after which tomorrow's prices are legitimately not published yet. Zero the
   * rest of the day.
   */
  @SuppressWarnings("TimeInStaticInitializer") // once per JVM: clock and installation must agree
  static final Duration CLEAR_OF_MIDNIGHT = clearOfMidnight(Instant.now());

  private final DemoInstallation installation;

  private PageDemo(DemoInstallation installation) {
    this.installation = installation;
  }

  /**
   * Writes the installation (seed 42, as {@code --demo}) into {@code folder} (empty; a test's
   * {@code @TempDir}: the database alone takes some 40 MB), with {@code token} if not null.
   */
  static PageDemo write(Path folder, @Nullable String token) {
    return write(folder, token, Instant.now());
  }

  /** Like {@link #write(Path, String)}, as of {@link ShiftedClock}'s start. */
  static PageDemo writeForShiftedClock(Path folder) {
    return write(folder, null, Instant.now().plus(CLEAR_OF_MIDNIGHT));
  }

  private static PageDemo write(Path folder, @Nullable String token, Instant now) {
    try {
      DemoInstallation installation = DemoInstallation.write(folder, now, ZONE, 42);
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

  static Duration clearOfMidnight(Instant now) {
    ZonedDateTime local = now.atZone(ZONE);
    if (local.toLocalTime().isBefore(LocalTime.of(23, 0))) {
      return Duration.ZERO;
    }
    return Duration.between(local, local.toLocalDate().atTime(22, 0).atZone(ZONE));
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
