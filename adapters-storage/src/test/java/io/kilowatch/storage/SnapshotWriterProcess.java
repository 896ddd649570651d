package io.kilowatch.storage;

import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.port.StoredSnapshot;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The child JVM of {@link SnapshotStoreKillTest}: saves ever newer snapshots of one view into the
 * store at {@code args[0]}, forever, printing {@code saved <version>} after each save returned.
 */
public final class SnapshotWriterProcess {

  static final String VIEW = "current-state";

  private SnapshotWriterProcess() {}

  public static void main(String[] args) {
    JdbiSnapshotStore store = JdbiSnapshotStore.open(Path.of(args[0]));
    long version = store.load(VIEW).map(StoredSnapshot::version).orElse(0L);
    PrintStream out = System.out;
    while (true) {
      version++;
      store.save(
          new StoredSnapshot(
              VIEW, version, Instant.ofEpochSecond(version), SnapshotSource.LIVE, value(version)));
      out.println("saved " + version);
      out.flush();
    }
  }

  /** The value saved with {@code version}: 40 KB that say which version they belong to. */
  static byte[] value(long version) {
    return ("version " + version + ";").repeat(3000).getBytes(StandardCharsets.UTF_8);
  }
}
