package io.kilowatch.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A coordinator's project root in a temporary directory, written as the coordinator writes it (its
 * {@code out/} state files, its {@code logs/}), and a {@code kilowatch.yaml} pointing at it.
 */
final class CoordinatorInstallation implements AutoCloseable {

  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd_HHmmss");

  private final Path root;

  private CoordinatorInstallation(Path root) {
    this.root = root;
  }

  static CoordinatorInstallation create() {
    try {
      Path root = Files.createTempDirectory("kilowatch-coordinator");
      Files.createDirectories(root.resolve("out"));
      Files.createDirectories(root.resolve("logs"));
      return new CoordinatorInstallation(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path root() {
    return root;
  }

  Path log(String name) {
    return root.resolve("logs").resolve(name);
  }

  /** Writes {@code kilowatch.yaml} pointing at this root and returns its path. */
  Path kilowatchConfig() {
    return write(
        root.resolve("kilowatch.yaml"),
        "paths:\n  coordinator-root: \"" + root.toString().replace("\\", "/") + "\"\n");
  }

  /** Writes (replaces) a log file with {@code lines}, each ended by a newline. */
  Path writeLog(String name, List<String> lines) {
    return write(log(name), lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
  }

  /** Appends {@code lines} to a log file, each ended by a newline. */
  void appendLog(String name, List<String> lines) {
    try {
      Files.writeString(
          log(name),
          String.join("\n", lines) + "\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one state file (pretty JSON object) holding a reading taken at {@code readAt}: battery
   * 63 % discharging 1692 W, PV 2184 W, house 4288 W, grid -412 W in the coordinator's sign
   * (importing 412 W).
   */
  void writeState(Instant readAt) {
    String json =
        """
        {
          "timestamp": "%s",
          "state": "monitoring",
          "uptime_seconds": 51922.7,
          "current_data": {
            "timestamp": "%s",
            "battery": {"soc_percent": 63, "voltage": 412.6, "current": 4.1, "power_w": 1692,
                        "temperature": 22.4, "charging_status": false},
            "photovoltaic": {"current_power_w": 2184, "daily_production_kwh": 6.8,
                             "efficiency_percent": 0.0},
            "grid": {"power_w": -412, "voltage": 236.1, "flow_direction": "Import",
                     "l1_current_a": 2.4, "l2_current_a": 1.1, "l3_current_a": 0.9,
                     "today_exported_kwh": 0.3, "today_imported_kwh": 9.7},
            "house_consumption": {"current_power_w": 4288, "daily_total_kwh": 14.9}
          },
          "decision_count": 58
        }
        """
            .formatted(local(readAt.plusSeconds(2)), local(readAt));
    write(
        root.resolve("out")
            .resolve(
                "coordinator_state_"
                    + STAMP.format(LocalDateTime.ofInstant(readAt, WARSAW))
                    + ".json"),
        json);
  }

  private static String local(Instant instant) {
    return ISO.format(LocalDateTime.ofInstant(instant, WARSAW));
  }

  private static Path write(Path file, String content) {
    try {
      return Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    deleteTree(root);
  }

  /** Deletes {@code root} and everything below it. */
  static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
