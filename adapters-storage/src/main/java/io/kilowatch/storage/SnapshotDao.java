package io.kilowatch.storage;

import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.port.StoredSnapshot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads and writes {@code view_snapshot} rows of Kilowatch's own database. */
final class SnapshotDao {

  static final String LOAD =
      """
      SELECT view_name, version, fetched_at, source, value
      FROM view_snapshot
      WHERE view_name = :viewName
      """;

  /** One statement, so one atomic transaction: the old row stays until the new one commits. */
  static final String SAVE =
      """
      INSERT INTO view_snapshot (view_name, version, fetched_at, source, value)
      VALUES (:viewName, :version, :fetchedAt, :source, :value)
      ON CONFLICT (view_name) DO UPDATE SET
        version = excluded.version,
        fetched_at = excluded.fetched_at,
        source = excluded.source,
        value = excluded.value
      """;

  static final String CLEAR = "DELETE FROM view_snapshot";

  private SnapshotDao() {}

  static Optional<StoredSnapshot> load(Handle handle, String viewName) {
    return handle
        .createQuery(LOAD)
        .bind("viewName", viewName)
        .map((row, context) -> snapshot(row))
        .findFirst();
  }

  static void save(Handle handle, StoredSnapshot snapshot) {
    handle
        .createUpdate(SAVE)
        .bind("viewName", snapshot.viewName())
        .bind("version", snapshot.version())
        .bind("fetchedAt", snapshot.fetchedAt().toString())
        .bind("source", snapshot.source().name())
        .bind("value", snapshot.value())
        .execute();
  }

  /** Deletes every row in one statement (one transaction); returns how many. */
  static int clear(Handle handle) {
    return handle.createUpdate(CLEAR).execute();
  }

  private static StoredSnapshot snapshot(ResultSet row) throws SQLException {
    byte[] value = row.getBytes("value");
    return new StoredSnapshot(
        row.getString("view_name"),
        row.getLong("version"),
        Instant.parse(row.getString("fetched_at")),
        SnapshotSource.valueOf(row.getString("source")),
        value == null ? new byte[0] : value);
  }
}
