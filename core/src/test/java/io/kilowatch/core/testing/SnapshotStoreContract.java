package io.kilowatch.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.port.SnapshotStore;
import io.kilowatch.core.port.StoredSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SnapshotStore} must do. An implementation's test extends this class and
 * supplies a fresh, empty store.
 */
public abstract class SnapshotStoreContract {

  private static final Instant FETCHED_AT = Instant.parse("2026-11-23T10:15:30.123456Z");

  private SnapshotStore store;

  /** A new, empty store. */
  protected abstract SnapshotStore createStore() throws Exception;

  @BeforeEach
  void createTheStore() throws Exception {
    store = createStore();
  }

  @Test
  void load_whenNothingWasSaved_returnsEmpty() {
    assertThat(store.load("prices")).isEmpty();
  }

  @Test
  void load_afterSave_returnsTheSnapshotUnchanged() {
    StoredSnapshot saved = snapshot("prices", 7, "{\"price\":0.42}");

    store.save(saved);

    assertThat(store.load("prices")).contains(saved);
  }

  @Test
  void save_twice_keepsOnlyTheLatest() {
    store.save(snapshot("prices", 1, "old"));
    StoredSnapshot latest = snapshot("prices", 2, "new");

    store.save(latest);

    assertThat(store.load("prices")).contains(latest);
  }

  @Test
  void save_ofOneView_leavesOtherViewsAlone() {
    StoredSnapshot prices = snapshot("prices", 3, "p");
    StoredSnapshot state = snapshot("current-state", 9, "s");

    store.save(prices);
    store.save(state);

    assertThat(store.load("prices")).contains(prices);
    assertThat(store.load("current-state")).contains(state);
  }

  @Test
  void save_ofKeyedViewNamesWithSeparators_roundTrips() {
    StoredSnapshot month = snapshot("monthly-summary/2026-10", 1, "m");
    StoredSnapshot traversal = snapshot("../../etc/passwd", 1, "t");

    store.save(month);
    store.save(traversal);

    assertThat(store.load("monthly-summary/2026-10")).contains(month);
    assertThat(store.load("../../etc/passwd")).contains(traversal);
    assertThat(store.load("monthly-summary")).isEmpty();
  }

  @Test
  void save_ofEmptyAndBinaryValues_roundTrips() {
    StoredSnapshot empty =
        new StoredSnapshot("empty", 1, FETCHED_AT, SnapshotSource.LIVE, new byte[0]);
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    StoredSnapshot allBytes =
        new StoredSnapshot("binary", 1, FETCHED_AT, SnapshotSource.ARCHIVE, binary);

    store.save(empty);
    store.save(allBytes);

    assertThat(store.load("empty")).contains(empty);
    assertThat(store.load("binary")).contains(allBytes);
  }

  @Test
  void save_fromManyThreadsAtOnce_leavesOneWholeSnapshot() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> saves = new ArrayList<>();
      for (int version = 1; version <= 40; version++) {
        StoredSnapshot snapshot = snapshot("contended", version, "value-" + version);
        saves.add(threads.submit(() -> store.save(snapshot)));
      }
      for (Future<?> save : saves) {
        save.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    StoredSnapshot survivor = store.load("contended").orElseThrow();
    assertThat(new String(survivor.value(), StandardCharsets.UTF_8))
        .isEqualTo("value-" + survivor.version());
  }

  @Test
  void clear_deletesEverySnapshotAndSaysHowMany() {
    store.save(snapshot("prices", 1, "p"));
    store.save(snapshot("monthly-summary/2026-10", 2, "m"));

    int cleared = store.clear();

    assertThat(cleared).isEqualTo(2);
    assertThat(store.load("prices")).isEmpty();
    assertThat(store.load("monthly-summary/2026-10")).isEmpty();
  }

  @Test
  void clear_ofAnEmptyStore_deletesNothing() {
    assertThat(store.clear()).isZero();
  }

  @Test
  void save_afterClear_keepsTheNewSnapshot() {
    store.save(snapshot("prices", 1, "old"));
    store.clear();
    StoredSnapshot saved = snapshot("prices", 2, "new");

    store.save(saved);

    assertThat(store.load("prices")).contains(saved);
    assertThat(store.clear()).isEqualTo(1);
  }

  private static StoredSnapshot snapshot(String view, long version, String value) {
    return new StoredSnapshot(
        view, version, FETCHED_AT, SnapshotSource.LIVE, value.getBytes(StandardCharsets.UTF_8));
  }
}
