package io.kilowatch.runtime;

import io.kilowatch.core.dashboard.Persistence;
import io.kilowatch.core.port.SnapshotStore;
import io.kilowatch.storage.JdbiSnapshotStore;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a runtime keeps its views' snapshots: Kilowatch's own SQLite file with JSON values, or
 * nothing. A file that cannot be used (the store logs why) means running without warm starts; it
 * never keeps Kilowatch from starting.
 */
final class SnapshotStorage implements AutoCloseable {

  private static final SnapshotStorage NONE = new SnapshotStorage(null, null);

  private final @Nullable JdbiSnapshotStore store;
  private final @Nullable Path database;

  private SnapshotStorage(@Nullable JdbiSnapshotStore store, @Nullable Path database) {
    this.store = store;
    this.database = database;
  }

  static SnapshotStorage none() {
    return NONE;
  }

  /** The store in {@code database} (created with its folder), or none if it cannot be used. */
  static SnapshotStorage open(Path database) {
    JdbiSnapshotStore store = JdbiSnapshotStore.open(database);
    return store.isAvailable() ? new SnapshotStorage(store, database) : NONE;
  }

  /** What the dashboard persists with. */
  Persistence persistence() {
    return store == null ? Persistence.none() : new Persistence(store, new JacksonSnapshotCodecs());
  }

  /** The file the snapshots are kept in; empty when none are kept. */
  Optional<Path> database() {
    return Optional.ofNullable(database);
  }

  /**
   * Deletes every stored snapshot; 0 when none are kept.
   *
   * @throws io.kilowatch.core.port.SnapshotStoreException if the file cannot be written
   */
  int clear() {
    SnapshotStore current = store;
    return current == null ? 0 : current.clear();
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }
}
