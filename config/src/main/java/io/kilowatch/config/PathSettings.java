package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * Where the coordinator's files and Kilowatch's own database are. Paths are kept as configured; the
 * {@code resolved*} methods resolve the coordinator's relative paths against {@link
 * #coordinatorRoot()} (an absolute path stays as it is). A relative {@link #kilowatchDatabase()} is
 * relative to the working directory.
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

  /** {@link #coordinatorDatabase()} resolved against the coordinator root. */
  public Path resolvedCoordinatorDatabase() {
    return coordinatorRoot.resolve(coordinatorDatabase);
  }
}
