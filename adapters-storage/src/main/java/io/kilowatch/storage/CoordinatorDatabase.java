package io.kilowatch.storage;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the coordinator's database the only way Kilowatch may: <b>read-only</b> (SQLite refuses
 * every write and never creates the file), with a busy timeout, so a read waits for the
 * coordinator's writer at most that long, and a query timeout. Each Jdbi handle is its own
 * connection, so concurrent loads never share one. No schema change, no journal-mode change: the
 * coordinator owns the file and runs it in WAL mode, where readers do not block its writer.
 */
final class CoordinatorDatabase {

  /** The coordinator's own busy timeout. */
  static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

  private CoordinatorDatabase() {}

  /**
   * A Jdbi on {@code file}, read-only.
   *
   * @param busyTimeout how long a statement waits for a lock; positive, at most 1 hour
   */
  static Jdbi readOnly(Path file, Duration busyTimeout) {
    requireNonNull(file, "'file' must not be null");
    requireNonNull(busyTimeout, "'busyTimeout' must not be null");
    if (busyTimeout.isNegative()
        || busyTimeout.isZero()
        || busyTimeout.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException(
          "'busyTimeout' must be positive and at most 1 hour, but was " + busyTimeout);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout((int) busyTimeout.toMillis());
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    Jdbi jdbi = Jdbi.create(dataSource);
    // A query is abandoned after twice the busy timeout: time to wait for a lock and to run.
    jdbi.getConfig(SqlStatements.class)
        .setQueryTimeout((int) Math.max(1, busyTimeout.multipliedBy(2).toSeconds()));
    return jdbi;
  }
}
