package io.kilowatch.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.testing.Decisions;
import io.kilowatch.storage.testing.CoordinatorSchema;
import io.kilowatch.storage.testing.CoordinatorWriter;
import io.kilowatch.storage.testing.DecisionEra;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading while the coordinator writes (acceptance 3): in WAL mode a read never fails and never
 * waits for a write transaction, even one that holds the write lock for a long time, and it sees
 * whole transactions only. The writer here commits batches of 10 rows, holds its lock for a while
 * inside each, and checkpoints the WAL now and then.
 */
class ConcurrentWriterTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  private static final int BATCH = 10;
  private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(2);

  @TempDir Path directory;

  @Test
  void decisions_whileAWriterCommitsAndCheckpoints_neverFailOrWaitForIt() throws Exception {
    Path file = directory.resolve("goodwe_energy.db");
    CoordinatorSchema.create(file, CoordinatorSchema.LATEST);
    JdbiDecisionHistory history = JdbiDecisionHistory.readOnly(file, WARSAW, BUSY_TIMEOUT);
    TimeRange month = new TimeRange(START, START.plus(Duration.ofDays(30)));
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService writerThread = Executors.newSingleThreadExecutor();
    List<Long> readNanos = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    try {
      Future<Integer> writer = writerThread.submit(() -> write(file, writing));
      for (int read = 0; read < 200; read++) {
        long started = System.nanoTime();
        List<Decision> found = history.decisions(month);
        readNanos.add(System.nanoTime() - started);
        counts.add(found.size());
      }
      writing.set(false);
      int written = writer.get(30, TimeUnit.SECONDS);

      assertThat(written).isGreaterThan(BATCH);
      assertThat(history.decisions(month)).hasSize(written);
    } finally {
      writing.set(false);
      writerThread.shutdownNow();
    }
    // Whole transactions only, never going back.
    assertThat(counts).allSatisfy(count -> assertThat(count % BATCH).isZero()).isSorted();
    // No read waited out the busy timeout (the writer holds its lock 20 ms per batch).
    assertThat(readNanos).allSatisfy(nanos -> assertThat(nanos).isLessThan(BUSY_TIMEOUT.toNanos()));
  }

  @Test
  void decisions_whileAWriteTransactionStaysOpen_readTheLastCommitWithoutWaiting()
      throws Exception {
    Path file = directory.resolve("goodwe_energy.db");
    CoordinatorSchema.create(file, CoordinatorSchema.LATEST);
    Duration busyTimeout = Duration.ofMillis(500);
    JdbiDecisionHistory history = JdbiDecisionHistory.readOnly(file, WARSAW, busyTimeout);
    TimeRange month = new TimeRange(START, START.plus(Duration.ofDays(30)));
    try (CoordinatorWriter writer = CoordinatorWriter.open(file, WARSAW)) {
      writer.charging(Decisions.aCharge(START), DecisionEra.CURRENT);
      try (Statement statement = writer.connection().createStatement()) {
        statement.execute("BEGIN IMMEDIATE"); // takes the write lock and keeps it until COMMIT
        writer.charging(Decisions.aCharge(START.plusSeconds(900)), DecisionEra.CURRENT);

        for (int read = 0; read < 20; read++) {
          long started = System.nanoTime();
          assertThat(history.decisions(month)).hasSize(1);
          assertThat(System.nanoTime() - started).isLessThan(busyTimeout.toNanos());
        }
        statement.execute("COMMIT");
      }
    }
    assertThat(history.decisions(month)).hasSize(2);
  }

  /** Writes batches until told to stop; returns the number of rows written. */
  private static int write(Path file, AtomicBoolean writing) throws Exception {
    int written = 0;
    try (CoordinatorWriter writer = CoordinatorWriter.open(file, WARSAW)) {
      Connection connection = writer.connection();
      while (writing.get() || written == 0) {
        connection.setAutoCommit(false);
        for (int i = 0; i < BATCH; i++) {
          writer.charging(
              Decisions.aCharge(START.plus(Duration.ofMinutes(15L * written++))),
              DecisionEra.CURRENT);
        }
        Thread.sleep(20); // hold the write lock, as a slow coordinator pass would
        connection.commit();
        connection.setAutoCommit(true);
        if (written % (BATCH * 5) == 0) {
          try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
          }
        }
      }
    }
    return written;
  }
}
