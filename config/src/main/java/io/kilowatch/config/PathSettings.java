package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the coordinator's files and Kilowatch's own database are. Paths are kept as configured; the
 * {@code resolved*} methods resolve the coordinator's relative paths against {@link
 * #coordinatorRoot()} (an absolute path stays as it is). A relative {@link #kilowatchDatabase()} is
 * relative to Kilowatch's data directory ({@link #dataDirectory(Map)}), never to the coordinator's
 * root: Kilowatch writes nothing into the coordinator's folders.
 *
 * @param coordinatorRoot the coordinator's project root (the folder holding its {@code src/},
 *     {@code config/}, {@code out/})
 * @param outDir the coordinator's {@code out/} (state, decision and snapshot files)
 * @param logsDir the coordinator's {@code logs/}
 * @param dataDir the coordinator's {@code data/} (price cache)
 * @param coordinatorDatabase the coordinator's SQLite file, opened read-only
 * @param kilowatchDatabase Kilowatch's own SQLite cache (view snapshots, price days)
 */
public record PathSettings(
    Path coordinatorRoot,
    Path outDir,
    Path logsDir,
    Path dataDir,
    Path coordinatorDatabase,
    Path kilowatchDatabase) {

  public PathSettings {
    requireNonNull(coordinatorRoot, "'coordinatorRoot' must not be null");
    requireNonNull(outDir, "'outDir' must not be null");
    requireNonNull(logsDir, "'logsDir' must not be null");
    requireNonNull(dataDir, "'dataDir' must not be null");
    requireNonNull(coordinatorDatabase, "'coordinatorDatabase' must not be null");
    requireNonNull(kilowatchDatabase, "'kilowatchDatabase' must not be null");
  }

  /** {@link #outDir()} resolved against the coordinator root. */
  public Path resolvedOutDir() {
    return coordinatorRoot.resolve(outDir);
  }

  /** {@link #logsDir()} resolved against the coordinator root. */
  public Path resolvedLogsDir() {
    return coordinatorRoot.resolve(logsDir);
  }

  /** {@link #dataDir()} resolved against the coordinator root. */
  public Path resolvedDataDir() {
    return coordinatorRoot.resolve(dataDir);
  }

  /**
   * Kilowatch's data directory for a user whose environment is {@code environment}: {@code
   * $XDG_DATA_HOME/kilowatch} if that variable is an absolute path, else {@code
   * $HOME/.local/share/kilowatch}, else {@code kilowatch} in the working directory. Always
   * absolute.
   */
  public static Path dataDirectory(Map<String, String> environment) {
    requireNonNull(environment, "'environment' must not be null");
    String dataHome = environment.getOrDefault("XDG_DATA_HOME", "");
    if (!dataHome.isBlank() && Path.of(dataHome).isAbsolute()) {
      return Path.of(dataHome, "kilowatch");
    }
    String home = environment.getOrDefault("HOME", "");
    if (!home.isBlank()) {
      return Path.of(home, ".local", "share", "kilowatch").toAbsolutePath();
    }
    return Path.of("kilowatch").toAbsolutePath();
  }

  /** {@link #kilowatchDatabase()} resolved against Kilowatch's data directory; absolute. */
  public Path resolvedKilowatchDatabase(Path dataDirectory) {
    requireNonNull(dataDirectory, "'dataDirectory' must not be null");
    return dataDirectory.toAbsolutePath().resolve(kilowatchDatabase).normalize();
  }

  /** {@link #coordinatorDatabase()} resolved against the coordinator root. */
  public Path resolvedCoordinatorDatabase() {
    return coordinatorRoot.resolve(coordinatorDatabase);
  }
}
