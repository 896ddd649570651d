package io.kilowatch.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.kilowatch.core.port.LogFile;
import io.kilowatch.core.port.LogFollower;
import io.kilowatch.core.port.LogQuery;
import io.kilowatch.core.port.LogSource;
import io.kilowatch.core.port.LogSourceException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LogSource} must do. An implementation's test extends this class, supplies a
 * source and ways to write and append to a log as the coordinator would. Followers may deliver
 * lines asynchronously (a child process): the contract polls for up to 10 s.
 */
public abstract class LogSourceContract {

  /** The coordinator's main log. */
  protected static final String MASTER = "master_coordinator.log";

  /** The data collector's log. */
  protected static final String COLLECTOR = "enhanced_data_collector.log";

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private LogSource source;

  /** A source whose logs the test writes with {@link #writeLog} and {@link #appendLog}. */
  protected abstract LogSource createSource() throws Exception;

  /** Creates or replaces the log {@code name} with {@code lines}. */
  protected abstract void writeLog(String name, List<String> lines) throws Exception;

  /** Appends {@code lines} to the log {@code name}. */
  protected abstract void appendLog(String name, List<String> lines) throws Exception;

  /** Whether {@link LogSource#logs()} lists the logs (false for a source not made of files). */
  protected boolean listsLogs() {
    return true;
  }

  @BeforeEach
  void createTheSource() throws Exception {
    source = createSource();
  }

  @Test
  void tail_returnsTheLastLinesOldestFirst() throws Exception {
    writeLog(MASTER, numbered("INFO", 1, 10));

    assertThat(source.tail(LogQuery.last(MASTER, 3))).isEqualTo(numbered("INFO", 8, 10));
  }

  @Test
  void tail_askingForMoreLinesThanThereAre_returnsThemAll() throws Exception {
    writeLog(MASTER, numbered("INFO", 1, 4));

    assertThat(source.tail(LogQuery.last(MASTER, 100))).isEqualTo(numbered("INFO", 1, 4));
  }

  @Test
  void tail_ofAnEmptyLog_returnsNoLines() throws Exception {
    writeLog(MASTER, List.of());

    assertThat(source.tail(LogQuery.last(MASTER, 10))).isEmpty();
  }

  @Test
  void tail_withALevel_returnsTheLastLinesOfThatLevel() throws Exception {
    writeLog(
        MASTER,
        List.of(
            "2025-11-18 14:00:01,001 - master_coordinator - ERROR - inverter timeout 1",
            "2025-11-18 14:00:02,001 - master_coordinator - INFO - no error here",
            "2025-11-18 14:00:03,001 - master_coordinator - ERROR - inverter timeout 2",
            "2025-11-18 14:00:04,001 - master_coordinator - WARNING - price late",
            "2025-11-18 14:00:05,001 - master_coordinator - ERROR - inverter timeout 3",
            "2025-11-18 14:00:06,001 - master_coordinator - INFO - Decision made: wait"));

    assertThat(source.tail(new LogQuery(MASTER, 2, "error")))
        .containsExactly(
            "2025-11-18 14:00:03,001 - master_coordinator - ERROR - inverter timeout 2",
            "2025-11-18 14:00:05,001 - master_coordinator - ERROR - inverter timeout 3");
  }

  @Test
  void tail_ofALogThatDoesNotExist_failsWithNotFound() throws Exception {
    writeLog(MASTER, numbered("INFO", 1, 2));

    assertThatThrownBy(() -> source.tail(LogQuery.last("fast_charge.log", 10)))
        .isInstanceOfSatisfying(
            LogSourceException.class,
            e -> assertThat(e.reason()).isEqualTo(LogSourceException.Reason.NOT_FOUND))
        .hasMessageContaining("fast_charge.log");
  }

  @Test
  void logs_listsEveryLogWithItsSize() throws Exception {
    assumeThat(listsLogs()).as("this source lists its logs").isTrue();
    writeLog(MASTER, numbered("INFO", 1, 3));
    writeLog(COLLECTOR, List.of());

    List<LogFile> logs = source.logs();

    assertThat(logs).extracting(LogFile::name).containsExactly(COLLECTOR, MASTER);
    assertThat(logs.get(0).sizeBytes()).isZero();
    assertThat(logs.get(1).sizeBytes()).isPositive();
  }

  @Test
  void follow_returnsTheTailFirstAndThenEachNewLine() throws Exception {
    writeLog(MASTER, numbered("INFO", 1, 5));

    try (LogFollower follower = source.follow(LogQuery.last(MASTER, 2))) {
      assertThat(pollFor(follower, 2)).isEqualTo(numbered("INFO", 4, 5));

      appendLog(MASTER, numbered("INFO", 6, 7));
      assertThat(pollFor(follower, 2)).isEqualTo(numbered("INFO", 6, 7));

      appendLog(MASTER, numbered("INFO", 8, 8));
      assertThat(pollFor(follower, 1)).isEqualTo(numbered("INFO", 8, 8));
    }
  }

  @Test
  void follow_withALevel_returnsOnlyNewLinesOfThatLevel() throws Exception {
    writeLog(MASTER, numbered("INFO", 1, 3));

    try (LogFollower follower = source.follow(new LogQuery(MASTER, 10, "WARNING"))) {
      assertThat(follower.poll()).isEmpty();

      appendLog(MASTER, List.of("line 4 - INFO - fine", "line 5 - WARNING - price late"));
      appendLog(MASTER, List.of("line 6 - WARNING - price later"));

      assertThat(pollFor(follower, 2))
          .containsExactly("line 5 - WARNING - price late", "line 6 - WARNING - price later");
    }
  }

  /** Lines {@code "line <from> - LEVEL - message <from>"} to {@code to}, inclusive. */
  protected static List<String> numbered(String level, int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(i -> "line " + i + " - " + level + " - message " + i)
        .toList();
  }

  /** Polls until at least {@code count} lines arrived (at most 10 s), then returns all of them. */
  protected static List<String> pollFor(LogFollower follower, int count) {
    List<String> lines = new ArrayList<>();
    await()
        .atMost(PATIENCE)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> {
              lines.addAll(follower.poll());
              return lines.size() >= count;
            });
    return lines;
  }
}
