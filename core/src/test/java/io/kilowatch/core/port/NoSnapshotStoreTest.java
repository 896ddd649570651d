package io.kilowatch.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.freshness.SnapshotSource;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link SnapshotStore#none()}: keeps nothing, so it cannot pass the contract; this is its own. */
class NoSnapshotStoreTest {

  private final SnapshotStore store = SnapshotStore.none();

  @Test
  void load_afterSave_findsNothing() {
    store.save(new StoredSnapshot("prices", 1, Instant.EPOCH, SnapshotSource.LIVE, new byte[] {1}));

    assertThat(store.load("prices")).isEmpty();
  }

  @Test
  void clear_deletesNothing() {
    store.save(new StoredSnapshot("prices", 1, Instant.EPOCH, SnapshotSource.LIVE, new byte[] {1}));

    assertThat(store.clear()).isZero();
  }
}
