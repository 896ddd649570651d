package io.kilowatch.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Properties for the page tests' server: Kilowatch's files in a temp directory with the demo prices
 * in its archive, PSE pointed at a closed local port, optionally an access token.
 */
final class PageTestConfig {

  private PageTestConfig() {}

  static Map<String, String> properties(String specName, @Nullable String token) {
    try {
      Path dir = Files.createTempDirectory("kilowatch-page");
      Path database = dir.resolve("kilowatch.db");
      ZoneId zone = ZoneId.of("Europe/Warsaw");
      DemoPrices.archive(database.resolveSibling("kilowatch-prices"), LocalDate.now(zone), zone);
      Path root = Files.createDirectories(dir.resolve("coordinator"));
      writeCoordinatorFiles(root, zone);
      StringBuilder yaml =
          new StringBuilder()
              .append("paths:\n  coordinator-root: \"")
              .append(root)
              .append("\"\n  kilowatch-database: \"")
              .append(database)
              .append("\"\npse:\n  base-url: \"http://127.0.0.1:9/api\"\n  retries: 0\n");
      if (token != null) {
        yaml.append("http:\n  access-token: \"").append(token).append("\"\n");
      }
      Path config = Files.writeString(dir.resolve("kilowatch.yaml"), yaml.toString());
      return Map.of("kilowatch.config", config.toString(), "spec.name", specName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh coordinator state file and a log, so the runtime's own views load. */
  private static void writeCoordinatorFiles(Path root, ZoneId zone) throws IOException {
    String now = LocalDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS).toString();
    Path out = Files.createDirectories(root.resolve("out"));
    Files.writeString(
        out.resolve(
            "coordinator_state_"
                + now.replace("-", "").replace(":", "").replace("T", "_")
                + ".json"),
        "{\"timestamp\": \""
            + now
            + "\", \"state\": \"monitoring\", \"current_data\": {"
            + "\"timestamp\": \""
            + now
            + "\", \"battery\": {\"soc_percent\": 63},"
            + " \"photovoltaic\": {\"current_power_w\": 3120}, \"grid\": {\"power_w\": -1250},"
            + " \"house_consumption\": {\"current_power_w\": 870}}}\n");
    Path logs = Files.createDirectories(root.resolve("logs"));
    Files.writeString(
        logs.resolve("master_coordinator.log"),
        now.replace("T", " ") + ",000 - src.master_coordinator - INFO - started\n");
  }
}
