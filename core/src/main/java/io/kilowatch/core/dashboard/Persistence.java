package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.port.SnapshotStore;

/**
 * How a {@link Dashboard} keeps its views' last snapshots for warm starts: where ({@link
 * SnapshotStore}) and in which encoding ({@link SnapshotCodecs}).
 *
 * @param store where the snapshots are kept
 * @param codecs the encoding of each persisted value type
 */
public record Persistence(SnapshotStore store, SnapshotCodecs codecs) {

  private static final Persistence NONE =
      new Persistence(SnapshotStore.none(), SnapshotCodecs.NONE);

  public Persistence {
    requireNonNull(store, "'store' must not be null");
    requireNonNull(codecs, "'codecs' must not be null");
  }

  /** Nothing is kept: every view starts cold. For embedding and tests. */
  public static Persistence none() {
    return NONE;
  }
}
