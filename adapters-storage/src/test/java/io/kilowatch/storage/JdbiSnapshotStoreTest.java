package io.kilowatch.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.port.SnapshotStore;
import io.kilowatch.core.port.SnapshotStoreException;
import io.kilowatch.core.port.StoredSnapshot;
import io.kilowatch.core.testing.SnapshotStoreContract;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiSnapshotStoreTest extends SnapshotStoreContract {

  private static final Instant FETCHED_AT = Instant.parse("2026-11-23T10:15:30.123456Z");

  @TempDir Path directory;

  private final List<LogRecord> logged = new ArrayList<>();
  private final Logger logger = Logger.getLogger(JdbiSnapshotStore.class.getName());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          synchronized (logged) {
            logged.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private Path file() {
    return directory.resolve("cache").resolve("kilowatch.db");
  }

  @Override
  protected SnapshotStore createStore() {
    return JdbiSnapshotStore.open(file());
  }

  @BeforeEach
  void captureTheLog() {
    logger.addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    logger.removeHandler(capture);
  }

  @Test
  void open_createsAWalDatabaseAtTheCurrentSchemaVersion() throws Exception {
    JdbiSnapshotStore.open(file());

    assertThat(pragma("journal_mode")).isEqualTo("wal");
    assertThat(pragma("user_version"))
        .isEqualTo(String.valueOf(SnapshotDatabase.MIGRATIONS.size()));
  }

  @Test
  void open_again_keepsTheSnapshotsAndMigratesNothingTwice() throws Exception {
    StoredSnapshot saved = snapshot("prices", 4, "p");
    JdbiSnapshotStore.open(file()).save(saved);

    JdbiSnapshotStore reopened = JdbiSnapshotStore.open(file());

    assertThat(reopened.load("prices")).contains(saved);
    assertThat(asides()).isEmpty();
  }

  @Test
  void open_ofAGarbageFile_movesItAsideLogsAndStartsEmpty() throws Exception {
    Files.createDirectories(file().getParent());
    byte[] garbage = new byte[8192];
    Arrays.fill(garbage, (byte) 0x5A);
    Files.write(file(), garbage);

    JdbiSnapshotStore store = JdbiSnapshotStore.open(file());

    assertThat(store.isAvailable()).isTrue();
    assertThat(store.load("prices")).isEmpty();
    List<Path> asides = asides();
    assertThat(asides).hasSize(1);
    assertThat(Files.readAllBytes(asides.get(0))).isEqualTo(garbage);
    assertThat(warnings())
        .anySatisfy(
            message ->
                assertThat(message)
                    .contains("is corrupt")
                    .contains("moved it to " + asides.get(0))
                    .contains("created a new, empty one"));
    store.save(snapshot("prices", 1, "p"));
    assertThat(store.load("prices")).isPresent();
  }

  @Test
  void open_ofADatabaseWithADamagedPage_movesItAside() throws Exception {
    SnapshotStore store = JdbiSnapshotStore.open(file());
    for (int i = 0; i < 50; i++) {
      store.save(snapshot("view-" + i, 1, "x".repeat(2000)));
    }
    checkpoint();
    // Overwrite the second page (the table's root page) with garbage.
    try (RandomAccessFile raw = new RandomAccessFile(file().toFile(), "rw")) {
      int pageSize = Integer.parseInt(pragma("page_size"));
      raw.seek(pageSize);
      raw.write(new byte[pageSize / 2]);
    }

    JdbiSnapshotStore reopened = JdbiSnapshotStore.open(file());

    assertThat(reopened.isAvailable()).isTrue();
    assertThat(asides()).hasSize(1);
    assertThat(reopened.load("view-1")).isEmpty();
  }

  @Test
  void open_ofATruncatedDatabase_movesItAside() throws Exception {
    SnapshotStore store = JdbiSnapshotStore.open(file());
    for (int i = 0; i < 50; i++) {
      store.save(snapshot("view-" + i, 1, "y".repeat(2000)));
    }
    checkpoint();
    try (RandomAccessFile raw = new RandomAccessFile(file().toFile(), "rw")) {
      raw.setLength(raw.length() / 3);
    }

    JdbiSnapshotStore reopened = JdbiSnapshotStore.open(file());

    assertThat(reopened.isAvailable()).isTrue();
    assertThat(asides()).hasSize(1);
  }

  @Test
  void open_ofADatabaseFromANewerKilowatch_leavesItAloneAndFailsEveryCall() throws Exception {
    JdbiSnapshotStore.open(file()).save(snapshot("prices", 1, "p"));
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA user_version = 99");
    }

    JdbiSnapshotStore store = JdbiSnapshotStore.open(file());

    assertThat(store.isAvailable()).isFalse();
    assertThat(asides()).isEmpty();
    assertThatThrownBy(() -> store.load("prices"))
        .isInstanceOf(SnapshotStoreException.class)
        .hasMessageContaining("schema version 99 is newer");
    assertThat(errors()).anySatisfy(message -> assertThat(message).contains("cannot be used"));
  }

  @Test
  void open_whereNoFileCanBeCreated_neverThrowsAndFailsEveryCall() throws Exception {
    Path blocked = directory.resolve("a-file");
    Files.writeString(blocked, "not a directory");

    JdbiSnapshotStore store = JdbiSnapshotStore.open(blocked.resolve("kilowatch.db"));

    assertThat(store.isAvailable()).isFalse();
    assertThatThrownBy(() -> store.save(snapshot("prices", 1, "p")))
        .isInstanceOf(SnapshotStoreException.class)
        .hasMessageContaining("cannot be used");
  }

  @Test
  void clear_isSeenByAnotherStoreOnTheSameFile() {
    JdbiSnapshotStore.open(file()).save(snapshot("prices", 1, "p"));

    int cleared = JdbiSnapshotStore.open(file()).clear();

    assertThat(cleared).isEqualTo(1);
    assertThat(JdbiSnapshotStore.open(file()).load("prices")).isEmpty();
  }

  @Test
  void close_makesEveryLaterCallFailAndKeepsWhatWasSaved() {
    JdbiSnapshotStore store = JdbiSnapshotStore.open(file());
    store.save(snapshot("prices", 1, "p"));

    store.close();

    assertThatThrownBy(() -> store.save(snapshot("prices", 2, "q")))
        .isInstanceOf(SnapshotStoreException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(store::clear).isInstanceOf(SnapshotStoreException.class);
    assertThat(JdbiSnapshotStore.open(file()).load("prices").orElseThrow().version()).isEqualTo(1);
  }

  private String pragma(String name) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA " + name)) {
      result.next();
      return result.getString(1);
    }
  }

  private void checkpoint() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
  }

  private List<Path> asides() throws IOException {
    try (Stream<Path> files = Files.list(file().getParent())) {
      return files
          .filter(
              path -> path.getFileName().toString().matches("kilowatch\\.db\\.corrupt-[0-9TZ-]+"))
          .toList();
    }
  }

  private List<String> warnings() {
    return messages(java.util.logging.Level.WARNING);
  }

  private List<String> errors() {
    return messages(java.util.logging.Level.SEVERE);
  }

  private List<String> messages(java.util.logging.Level level) {
    synchronized (logged) {
      return logged.stream()
          .filter(record -> record.getLevel().equals(level))
          .map(LogRecord::getMessage)
          .toList();
    }
  }

  private static StoredSnapshot snapshot(String view, long version, String value) {
    return new StoredSnapshot(
        view, version, FETCHED_AT, SnapshotSource.LIVE, value.getBytes(StandardCharsets.UTF_8));
  }
}
