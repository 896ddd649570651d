package io.kilowatch.storage;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.port.SnapshotStore;
import io.kilowatch.core.port.SnapshotStoreException;
import io.kilowatch.core.port.StoredSnapshot;
import java.nio.file.Path;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * View snapshots in Kilowatch's own SQLite file (a separate file, never the coordinator's
 * database), for warm starts: one row per view, replaced atomically by a single statement.
 *
 * <p>The file runs in WAL mode with {@code synchronous=FULL}: a saved snapshot survives a killed
 * process or a power cut, and a save cut off half-way leaves the previous snapshot. Opening never
 * throws: a corrupt file is moved aside and replaced (logged as a warning); a file that cannot be
 * used at all (no permission, a newer schema) makes a store whose every call throws {@link
 * SnapshotStoreException} with the reason (logged once as an error), which the dashboard reports
 * and survives. Each call uses a connection of its own, so nothing is held open between calls;
 * {@link #close()} only makes later calls fail (no write after the owner stopped). Thread-safe, and
 * safe for several processes on the same file.
 */
public final class JdbiSnapshotStore implements SnapshotStore, AutoCloseable {

  private final @Nullable Jdbi jdbi;
  private final String unavailableReason;
  private volatile boolean closed;

  private JdbiSnapshotStore(@Nullable Jdbi jdbi, String unavailableReason) {
    this.jdbi = jdbi;
    this.unavailableReason = unavailableReason;
  }

  /**
   * The store in {@code file}, created with its directories if missing, migrated to the current
   * schema, replaced if corrupt. Never throws for a bad or unusable file (see the class comment).
   */
  public static JdbiSnapshotStore open(Path file) {
    requireNonNull(file, "'file' must not be null");
    try {
      return new JdbiSnapshotStore(SnapshotDatabase.open(file), "");
    } catch (SnapshotDatabase.Unavailable e) {
      return new JdbiSnapshotStore(null, e.getMessage());
    }
  }

  /** Whether the file could be opened; if not, every call throws. */
  public boolean isAvailable() {
    return jdbi != null;
  }

  @Override
  public Optional<StoredSnapshot> load(String viewName) {
    requireNonNull(viewName, "'viewName' must not be null");
    try {
      return database().withHandle(handle -> SnapshotDao.load(handle, viewName));
    } catch (RuntimeException e) {
      throw failure("load the snapshot of view " + viewName, e);
    }
  }

  @Override
  public void save(StoredSnapshot snapshot) {
    requireNonNull(snapshot, "'snapshot' must not be null");
    try {
      database().useHandle(handle -> SnapshotDao.save(handle, snapshot));
    } catch (RuntimeException e) {
      throw failure("save version " + snapshot.version() + " of view " + snapshot.viewName(), e);
    }
  }

  @Override
  public int clear() {
    try {
      return database().withHandle(SnapshotDao::clear);
    } catch (RuntimeException e) {
      throw failure("delete the stored snapshots", e);
    }
  }

  /** Makes every later call fail: the store's owner has stopped. Idempotent. */
  @Override
  public void close() {
    closed = true;
  }

  private Jdbi database() {
    if (closed) {
      throw new SnapshotStoreException("the snapshot store is closed");
    }
    if (jdbi == null) {
      throw new SnapshotStoreException(unavailableReason);
    }
    return jdbi;
  }

  private static SnapshotStoreException failure(String what, RuntimeException e) {
    if (e instanceof SnapshotStoreException unavailable) {
      return unavailable;
    }
    return new SnapshotStoreException("could not " + what + ": " + Failures.rootMessage(e), e);
  }
}
