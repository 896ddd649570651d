package io.kilowatch.http;

import io.kilowatch.core.energy.ChargingDecision;
import io.kilowatch.core.energy.EnergyReading;
import io.kilowatch.core.energy.SellingDecision;
import io.kilowatch.storage.internal.CoordinatorSchema;
import io.kilowatch.storage.internal.CoordinatorWriter;
import io.kilowatch.storage.internal.DecisionEra;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A coordinator installation with its SQLite database (latest schema) in a temporary directory,
 * rows written as the coordinator writes them, and a {@code kilowatch.yaml} pointing at it that
 * keeps Kilowatch's own database in the same directory and PSE unreachable (no test goes online).
 */
final class CoordinatorDatabase implements AutoCloseable {

  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  private final Path root;
  private final Path database;

  private CoordinatorDatabase(Path root) {
    this.root = root;
    this.database = root.resolve("data").resolve("goodwe_energy.db");
  }

  static CoordinatorDatabase create() {
    try {
      Path root = Files.createTempDirectory("kilowatch-coordinator-db");
      Files.createDirectories(root.resolve("out"));
      Files.createDirectories(root.resolve("logs"));
      Files.createDirectories(root.resolve("data"));
      CoordinatorDatabase installation = new CoordinatorDatabase(root);
      CoordinatorSchema.create(installation.database, CoordinatorSchema.LATEST);
      return installation;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code kilowatch.yaml} and returns its path. */
  Path kilowatchConfig() {
    String yaml =
        "paths:\n"
            + "  coordinator-root: \""
            + slashes(root)
            + "\"\n"
            + "  coordinator-database: \""
            + slashes(database)
            + "\"\n"
            + "  kilowatch-database: \""
            + slashes(root.resolve("kilowatch.db"))
            + "\"\n"
            + "pse:\n"
            + "  base-url: \"http://127.0.0.1:9/api\"\n"
            + "  retries: 0\n";
    try {
      return Files.writeString(root.resolve("kilowatch.yaml"), yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A charging decision (current era: figures, PV in kW, tariff zone). */
  void charging(ChargingDecision decision) {
    write(writer -> writer.charging(decision, DecisionEra.CURRENT));
  }

  /** A selling decision as stored live. */
  void selling(SellingDecision decision) {
    write(writer -> writer.selling(decision, false));
  }

  /** An energy reading. */
  void reading(EnergyReading reading) {
    write(writer -> writer.reading(reading));
  }

  /** Runs one SQL statement of a test's own (e.g. breaking the schema). */
  void execute(String sql) {
    write(writer -> writer.connection().createStatement().execute(sql));
  }

  /**
   * A charging decision made at {@code at} with the figures given and the rest typical: grid
   * source, one hour, price 0.5 PLN/kWh, SoC 40 %, PV 1200 W, tariff zone T2.
   */
  static ChargingDecision charge(
      Instant at,
      String action,
      double energyKwh,
      double costPln,
      double savingsPln,
      double confidence) {
    return new ChargingDecision(
        at,
        action,
        "grid",
        1.0,
        energyKwh,
        costPln,
        savingsPln,
        confidence,
        "cheap hour",
        "high",
        40.0,
        1200.0,
        800.0,
        0.5,
        0.45,
        2,
        "T2");
  }

  /** A reading at {@code at} with SoC and PV power known, the rest unknown. */
  static EnergyReading reading(Instant at, double socPercent, double pvPowerW) {
    return new EnergyReading(
        at,
        socPercent,
        pvPowerW,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "T1");
  }

  private interface Write {
    void to(CoordinatorWriter writer) throws SQLException;
  }

  private void write(Write write) {
    try (CoordinatorWriter writer = CoordinatorWriter.open(database, WARSAW)) {
      write.to(writer);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String slashes(Path path) {
    return path.toString().replace("\\", "/");
  }

  @Override
  public void close() {
    CoordinatorInstallation.deleteTree(root);
  }
}
