package io.kilowatch.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.testing.Decisions;
import io.kilowatch.storage.internal.CoordinatorSchema;
import io.kilowatch.storage.internal.CoordinatorWriter;
import io.kilowatch.storage.internal.DecisionEra;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading while the coordinator writes (acceptance 3): in WAL mode a read never fails and never
 * waits for a write transaction, even one that holds the write lock for a long time, and it sees
 * whole transactions only. One writer commits batches of 10 rows as fast as it can and checkpoints
 * the WAL now and then; another holds its write transaction open while the reads run.
 */
class ConcurrentWriterTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  private static final int BATCH = 10;
  private static final int BATCHES = 30;
  private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(2);

  @TempDir Path directory;

  @Test
  void decisions_whileAWriterCommitsAndCheckpoints_neverFailOrWaitForIt() throws Exception {
    Path file = directory.resolve("goodwe_energy.db");
    CoordinatorSchema.create(file, CoordinatorSchema.LATEST);
    JdbiDecisionHistory history = JdbiDecisionHistory.readOnly(file, WARSAW, BUSY_TIMEOUT);
    TimeRange month = new TimeRange(START, START.plus(Duration.ofDays(30)));
    AtomicInteger reads = new AtomicInteger();
    ExecutorService writerThread = Executors.newSingleThreadExecutor();
    List<Long> readNanos = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    try {
      Future<Integer> writer = writerThread.submit(() -> write(file, reads));
      while (!writer.isDone()) {
        long started = System.nanoTime();
        List<Decision> found = history.decisions(month);
        readNanos.add(System.nanoTime() - started);
        counts.add(found.size());
        reads.incrementAndGet();
      }
      int written = writer.get();

      assertThat(written).isEqualTo(BATCH * BATCHES);
      assertThat(history.decisions(month)).hasSize(written);
    } finally {
      writerThread.shutdownNow();
    }
    // Whole transactions only, never going back.
    assertThat(counts).allSatisfy(count -> assertThat(count % BATCH).isZero()).isSorted();
    // No read waited out the busy timeout.
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

  /**
   * Writes {@link #BATCHES} batches, each in one transaction, checkpointing the WAL every fifth;
   * after each commit it lets the reader start another read, so reads and commits interleave.
   * Returns the number of rows written.
   */
  private static int write(Path file, AtomicInteger reads) throws Exception {
    int written = 0;
    try (CoordinatorWriter writer = CoordinatorWriter.open(file, WARSAW)) {
      Connection connection = writer.connection();
      for (int batch = 1; batch <= BATCHES; batch++) {
        connection.setAutoCommit(false);
        for (int i = 0; i < BATCH; i++) {
          writer.charging(
              Decisions.aCharge(START.plus(Duration.ofMinutes(15L * written++))),
              DecisionEra.CURRENT);
        }
        connection.commit();
        connection.setAutoCommit(true);
        if (batch % 5 == 0) {
          try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
          }
        }
        int seen = reads.get();
        await().atMost(Duration.ofSeconds(10)).until(() -> reads.get() > seen);
      }
    }
    return written;
  }
}
