package io.kilowatch.core.port;

import java.util.Optional;

/** The store behind {@link SnapshotStore#none()}: keeps nothing. */
enum NoSnapshotStore implements SnapshotStore {
  INSTANCE;

  @Override
  public Optional<StoredSnapshot> load(String viewName) {
    return Optional.empty();
  }

  @Override
  public void save(StoredSnapshot snapshot) {
    // keeps nothing by design
  }

  @Override
  public int clear() {
    return 0;
  }
}
