package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.port.SnapshotStore;
import io.kilowatch.core.port.SnapshotStoreException;
import io.kilowatch.core.port.StoredSnapshot;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link SnapshotStore} in a map, passing {@code SnapshotStoreContract}. It can be told to fail,
 * to test what the core does when the store is down. Thread-safe.
 */
public final class InMemorySnapshotStore implements SnapshotStore {

  private final Map<String, StoredSnapshot> snapshots = new ConcurrentHashMap<>();
  private final AtomicInteger saves = new AtomicInteger();
  private volatile boolean failing;

  @Override
  public Optional<StoredSnapshot> load(String viewName) {
    requireNonNull(viewName, "'viewName' must not be null");
    if (failing) {
      throw new SnapshotStoreException("in-memory store is set to fail (load " + viewName + ")");
    }
    return Optional.ofNullable(snapshots.get(viewName));
  }

  @Override
  public void save(StoredSnapshot snapshot) {
    requireNonNull(snapshot, "'snapshot' must not be null");
    if (failing) {
      throw new SnapshotStoreException(
          "in-memory store is set to fail (save " + snapshot.viewName() + ")");
    }
    snapshots.put(snapshot.viewName(), snapshot);
    saves.incrementAndGet();
  }

  @Override
  public int clear() {
    if (failing) {
      throw new SnapshotStoreException("in-memory store is set to fail (clear)");
    }
    int cleared = snapshots.size();
    snapshots.clear();
    return cleared;
  }

  /** Makes every call fail (true) or work again (false). */
  public void setFailing(boolean failing) {
    this.failing = failing;
  }

  /** How many saves succeeded. */
  public int saves() {
    return saves.get();
  }
}
