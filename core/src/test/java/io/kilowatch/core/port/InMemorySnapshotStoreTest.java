package io.kilowatch.core.port;

import io.kilowatch.core.testing.InMemorySnapshotStore;
import io.kilowatch.core.testing.SnapshotStoreContract;

class InMemorySnapshotStoreTest extends SnapshotStoreContract {

  @Override
  protected SnapshotStore createStore() {
    return new InMemorySnapshotStore();
  }
}
