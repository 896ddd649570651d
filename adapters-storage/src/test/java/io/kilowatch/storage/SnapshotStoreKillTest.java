package io.kilowatch.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.port.StoredSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kilowatch's database survives {@code kill -9} during writes (acceptance 5): a child JVM saves
 * snapshots as fast as it can and is killed with SIGKILL; the file then opens without being taken
 * for corrupt, passes {@code integrity_check}, and holds the last save the child reported or the
 * one it was making, whole.
 */
class SnapshotStoreKillTest {

  private static final int ROUNDS = 3;

  @TempDir Path directory;

  @Test
  void save_killedWithSigkillWhileWriting_losesAtMostTheWriteInFlight() throws Exception {
    Path file = directory.resolve("kilowatch.db");
    for (int round = 1; round <= ROUNDS; round++) {
      long lastReported = runAndKill(file, 15 + 10 * round);

      JdbiSnapshotStore store = JdbiSnapshotStore.open(file);

      assertThat(asides()).isEmpty();
      assertThat(integrityCheck(file)).isEqualTo("ok");
      StoredSnapshot survivor = store.load(SnapshotWriterProcess.VIEW).orElseThrow();
      assertThat(survivor.version()).isBetween(lastReported, lastReported + 1);
      assertThat(survivor.value()).isEqualTo(SnapshotWriterProcess.value(survivor.version()));
      assertThat(survivor.fetchedAt()).isEqualTo(Instant.ofEpochSecond(survivor.version()));
    }
  }

  /** Starts the writer, kills it after {@code saves} saves, returns the last one it reported. */
  private static long runAndKill(Path file, int saves) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SnapshotWriterProcess.class.getName(),
                file.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BlockingQueue<Long> reported = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> readReports(child, reported), "kill-test-reader");
    reader.start();
    try {
      long last = 0;
      for (int i = 0; i < saves; i++) {
        Long version = reported.poll(30, TimeUnit.SECONDS);
        assertThat(version).as("the writer reports a save within 30 s").isNotNull();
        last = version;
      }
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(TimeUnit.SECONDS.toMillis(30));
      for (Long version = reported.poll(); version != null; version = reported.poll()) {
        last = version;
      }
      return last;
    } finally {
      child.destroyForcibly();
    }
  }

  private static void readReports(Process child, BlockingQueue<Long> reported) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("saved ")) {
          reported.add(Long.parseLong(line.substring("saved ".length())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String integrityCheck(Path file) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
      result.next();
      return result.getString(1);
    }
  }

  private java.util.List<Path> asides() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(path -> path.getFileName().toString().contains(".corrupt-")).toList();
    }
  }
}
