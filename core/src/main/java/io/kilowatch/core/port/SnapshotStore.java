package io.kilowatch.core.port;

import java.util.Optional;

/**
 * Keeps the last snapshot of each persistent view, so that after a restart every view serves its
 * last value, with its true age, before its first load (warm start).
 *
 * <p>Values are opaque bytes: the core has no JSON library, so each persistent view is given a
 * codec by the composition root.
 *
 * <p>Implementations must be safe for concurrent use by several threads, and must replace a stored
 * snapshot atomically: a crash while saving leaves the previous snapshot (or none), never a torn
 * one. Calls may block on I/O; the core never calls them on a reader's thread.
 */
public interface SnapshotStore {

  /**
   * The last snapshot saved for {@code viewName}.
   *
   * @param viewName a view name; never {@code null}
   * @return the snapshot, or empty if none was saved (or it was cleared)
   * @throws SnapshotStoreException if the store cannot be read
   */
  Optional<StoredSnapshot> load(String viewName);

  /**
   * Saves {@code snapshot} as the last one of its view, replacing any earlier one.
   *
   * @throws SnapshotStoreException if the store cannot be written; the earlier snapshot is kept
   */
  void save(StoredSnapshot snapshot);

  /**
   * Deletes every stored snapshot, so that the next start of every view is cold. Views running now
   * keep their values in memory and save them again as they change.
   *
   * @return how many snapshots were deleted
   * @throws SnapshotStoreException if the store cannot be written; then nothing is deleted
   */
  int clear();

  /** A store that keeps nothing: every view starts cold. For embedding without persistence. */
  static SnapshotStore none() {
    return NoSnapshotStore.INSTANCE;
  }
}
