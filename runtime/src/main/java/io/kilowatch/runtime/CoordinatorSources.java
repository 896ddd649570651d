package io.kilowatch.runtime;

import io.kilowatch.config.Settings;
import io.kilowatch.coordinator.FileDecisionHistory;
import io.kilowatch.coordinator.FileInverterStateSource;
import io.kilowatch.core.port.DecisionHistory;
import io.kilowatch.core.port.EnergyHistory;
import io.kilowatch.core.port.InverterStateSource;
import io.kilowatch.storage.JdbiDecisionHistory;
import io.kilowatch.storage.JdbiEnergyHistory;
import io.kilowatch.storage.JdbiInverterStateSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * Where the coordinator's data is read from: its SQLite database when it has one (its current
 * layout), else its files (the layout before the database: state files, decision files).
 *
 * @param origin the database or the state files
 */
record CoordinatorSources(
    KilowatchRuntime.StateOrigin origin,
    InverterStateSource state,
    DecisionHistory decisions,
    EnergyHistory energy) {

  /** How long a read waits for the coordinator's writer before it gives up. */
  static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);

  static CoordinatorSources of(Settings settings) {
    ZoneId zone = settings.timeZone();
    Path database = settings.paths().resolvedCoordinatorDatabase();
    if (Files.isRegularFile(database)) {
      return new CoordinatorSources(
          KilowatchRuntime.StateOrigin.DATABASE,
          JdbiInverterStateSource.readOnly(database, zone, BUSY_TIMEOUT),
          JdbiDecisionHistory.readOnly(database, zone, BUSY_TIMEOUT),
          JdbiEnergyHistory.readOnly(database, zone, BUSY_TIMEOUT));
    }
    Path out = settings.paths().resolvedOutDir();
    return new CoordinatorSources(
        KilowatchRuntime.StateOrigin.STATE_FILE,
        new FileInverterStateSource(out, zone),
        new FileDecisionHistory(out.resolve("energy_data"), zone),
        range -> List.of());
  }
}
