package io.kilowatch.runtime.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/** The coordinator's log files, in its logging format, over the demo's last days. */
final class DemoLogs {

  static final String MASTER = "master_coordinator.log";
  static final String COLLECTOR = "enhanced_data_collector.log";
  static final String FAST_CHARGE = "fast_charge.log";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS", Locale.ROOT);

  private DemoLogs() {}

  static void write(Path logs, Instant now, ZoneId zone, long seed) throws IOException {
    Files.createDirectories(logs);
    Random random = new Random(seed);
    write(
        logs.resolve(MASTER),
        now,
        zone,
        Duration.ofMinutes(1),
        Duration.ofDays(2),
        random,
        "src.master_coordinator",
        new String[] {
          "Decision cycle finished: action=wait, SOC=%d%%, price=%.4f PLN/kWh",
          "Charging decision: charge from grid for 0.25 h, SOC=%d%%, price=%.4f PLN/kWh",
          "System state saved (state=monitoring, SOC=%d%%, price=%.4f)",
        });
    write(
        logs.resolve(COLLECTOR),
        now,
        zone,
        Duration.ofSeconds(30),
        Duration.ofDays(1),
        random,
        "src.enhanced_data_collector",
        new String[] {
          "Collected inverter data: SOC=%d%%, PV=%.1f kW",
          "Inverter reading complete: battery SOC %d%%, grid %.1f kW",
        });
    write(
        logs.resolve(FAST_CHARGE),
        now,
        zone,
        Duration.ofMinutes(15),
        Duration.ofDays(7),
        random,
        "src.fast_charge",
        new String[] {"Fast charging status checked: SOC=%d%%, limit %.1f kW"});
  }

  private static void write(
      Path file,
      Instant now,
      ZoneId zone,
      Duration step,
      Duration span,
      Random random,
      String logger,
      String[] messages)
      throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Instant at = now.minus(span); at.isBefore(now); at = at.plus(step)) {
        double roll = random.nextDouble();
        String level =
            roll < 0.01 ? "ERROR" : roll < 0.05 ? "WARNING" : roll < 0.15 ? "DEBUG" : "INFO";
        String message =
            switch (level) {
              case "ERROR" -> "Failed to read inverter data: timeout after 10 s (attempt 1/3)";
              case "WARNING" -> "PSE API slow: answered in " + (3 + random.nextInt(7)) + " s";
              default ->
                  String.format(
                      Locale.ROOT,
                      messages[random.nextInt(messages.length)],
                      20 + random.nextInt(75),
                      random.nextDouble() * 5);
            };
        out.write(
            STAMP.format(LocalDateTime.ofInstant(at, zone))
                + " - "
                + logger
                + " - "
                + level
                + " - "
                + message);
        out.newLine();
      }
    }
  }
}
