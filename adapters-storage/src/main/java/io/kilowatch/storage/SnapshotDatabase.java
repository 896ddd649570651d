package io.kilowatch.storage;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Kilowatch's own SQLite file (never the coordinator's): opened in WAL mode with {@code
 * synchronous=FULL}, so a committed write survives a crash of the process or the machine and a
 * write cut off half-way is rolled back; brought to the current schema by versioned migrations (the
 * version lives in {@code PRAGMA user_version}, each migration in its own transaction).
 *
 * <p>Start-up never fails on a bad file: a file SQLite calls corrupt, or that fails {@code PRAGMA
 * quick_check}, is moved aside (with its {@code -wal} and {@code -shm} files) to {@code
 * <name>.corrupt-<UTC time>}, a clear warning is logged, and a new file is created. A file written
 * by a newer Kilowatch (a higher schema version) is left alone and the store stays unavailable, as
 * it does when the file cannot be created at all (both logged as errors).
 */
final class SnapshotDatabase {

  /** The migrations, in order: migration {@code i} brings the schema to version {@code i + 1}. */
  static final List<String> MIGRATIONS =
      List.of(
          """
          CREATE TABLE view_snapshot (
            view_name  TEXT    NOT NULL PRIMARY KEY,
            version    INTEGER NOT NULL CHECK (version >= 1),
            fetched_at TEXT    NOT NULL,
            source     TEXT    NOT NULL,
            value      BLOB    NOT NULL
          )
          """);

  static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);

  private static final System.Logger LOG = System.getLogger(JdbiSnapshotStore.class.getName());
  private static final DateTimeFormatter ASIDE_STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private SnapshotDatabase() {}

  /**
   * Opens (creating, migrating or replacing) the database at {@code file}.
   *
   * @throws Unavailable if it cannot be used; the message says why
   */
  static Jdbi open(Path file) throws Unavailable {
    requireNonNull(file, "'file' must not be null");
    Path absolute = file.toAbsolutePath();
    SQLiteDataSource dataSource = dataSource(absolute);
    try {
      Path parent = absolute.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try {
        prepare(dataSource);
      } catch (Corrupt e) {
        Path aside = moveAside(absolute);
        LOG.log(
            Level.WARNING,
            "Kilowatch's cache database "
                + absolute
                + " is corrupt ("
                + e.getMessage()
                + "): moved it to "
                + aside
                + " and created a new, empty one; views start without their last snapshots");
        prepare(dataSource);
      }
    } catch (IOException | SQLException | Corrupt e) {
      String reason =
          "Kilowatch's cache database "
              + absolute
              + " cannot be used ("
              + Failures.rootMessage(e)
              + "); view snapshots are not kept until it can";
      LOG.log(Level.ERROR, reason);
      throw new Unavailable(reason, e);
    }
    return Jdbi.create(dataSource);
  }

  private static SQLiteDataSource dataSource(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout((int) BUSY_TIMEOUT.toMillis());
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file);
    return dataSource;
  }

  /** Opens, checks and migrates; {@link Corrupt} if the file is damaged. */
  private static void prepare(SQLiteDataSource dataSource) throws SQLException, Corrupt {
    try (Connection connection = dataSource.getConnection()) {
      String check = single(connection, "PRAGMA quick_check");
      if (!"ok".equals(check)) {
        throw new Corrupt("quick_check says: " + check);
      }
      migrate(connection);
    } catch (SQLiteException e) {
      if (isCorruption(e)) {
        throw new Corrupt(e.getMessage());
      }
      throw e;
    }
  }

  private static void migrate(Connection connection) throws SQLException {
    int version = Integer.parseInt(single(connection, "PRAGMA user_version"));
    if (version > MIGRATIONS.size()) {
      throw new SQLException(
          "its schema version "
              + version
              + " is newer than this Kilowatch knows ("
              + MIGRATIONS.size()
              + "); it was left untouched");
    }
    for (int target = version + 1; target <= MIGRATIONS.size(); target++) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        // Another process may have migrated since we looked: re-check inside the transaction.
        if (Integer.parseInt(single(connection, "PRAGMA user_version")) < target) {
          statement.execute(MIGRATIONS.get(target - 1));
          statement.execute("PRAGMA user_version = " + target);
        }
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      return result.next() ? String.valueOf(result.getString(1)) : "";
    }
  }

  private static boolean isCorruption(SQLiteException e) {
    SQLiteErrorCode code = e.getResultCode();
    return code == SQLiteErrorCode.SQLITE_CORRUPT
        || code == SQLiteErrorCode.SQLITE_NOTADB
        || code.name().startsWith("SQLITE_CORRUPT");
  }

  /** Moves {@code file} and its WAL and shared-memory files aside; returns the new name. */
  private static Path moveAside(Path file) throws IOException {
    String stamp = ASIDE_STAMP.format(Instant.now());
    Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
    for (int n = 2; Files.exists(aside); n++) {
      aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp + "-" + n);
    }
    Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
    for (String suffix : List.of("-wal", "-shm")) {
      Path companion = file.resolveSibling(file.getFileName() + suffix);
      if (Files.exists(companion)) {
        Files.move(
            companion,
            aside.resolveSibling(aside.getFileName() + suffix),
            StandardCopyOption.ATOMIC_MOVE);
      }
    }
    return aside;
  }

  /** The file is damaged. */
  private static final class Corrupt extends Exception {
    private static final long serialVersionUID = 1L;

    Corrupt(String message) {
      super(message);
    }
  }

  /** The database cannot be used; the message says why. */
  static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
