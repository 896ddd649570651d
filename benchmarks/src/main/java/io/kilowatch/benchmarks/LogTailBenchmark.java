package io.kilowatch.benchmarks;

import io.kilowatch.coordinator.FileLogSource;
import io.kilowatch.core.port.LogQuery;
import io.kilowatch.core.port.LogSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The last lines of a 1 GiB coordinator log through {@link FileLogSource}: the reference shells out
 * to {@code tail}/{@code grep}; Kilowatch reads backwards from the end. Target: well under a
 * second.
 *
 * <p>The log is generated in a temporary directory at setup and deleted at teardown (never
 * committed): {@code sparse} is a 1 GiB sparse file whose last 16 MiB are log lines (cheap to
 * create, no disk used); {@code written} is 1 GiB of log lines actually written (about 8.7 million
 * lines; takes a few seconds to create and needs 1 GiB of free space in {@code java.io.tmpdir}).
 * One line in 50 is an {@code ERROR}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class LogTailBenchmark {

  private static final String LOG = "master_coordinator.log";
  private static final long ONE_GIB = 1L << 30;
  private static final long SPARSE_TAIL_BYTES = 16L << 20;

  /** How the 1 GiB log is made. */
  @Param({"sparse", "written"})
  public String layout;

  private Path directory;
  private LogSource logs;

  @Setup(Level.Trial)
  public void writeTheLog() throws IOException {
    directory = Files.createTempDirectory("kilowatch-log-bench");
    Path file = directory.resolve(LOG);
    if (layout.equals("sparse")) {
      try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
        sparse.setLength(ONE_GIB - SPARSE_TAIL_BYTES);
      }
      appendLines(file, SPARSE_TAIL_BYTES);
    } else {
      appendLines(file, ONE_GIB);
    }
    logs = new FileLogSource(directory);
  }

  @TearDown(Level.Trial)
  public void deleteTheLog() throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** The last 100 lines: what the logs page asks for by default. */
  @Benchmark
  public List<String> last100Lines() {
    return logs.tail(LogQuery.last(LOG, 100));
  }

  /** The last 100 error lines (one line in 50 is an error: about 5,000 lines read back). */
  @Benchmark
  public List<String> last100ErrorLines() {
    return logs.tail(new LogQuery(LOG, 100, "ERROR"));
  }

  /** The last 1,000 lines. */
  @Benchmark
  public List<String> last1000Lines() {
    return logs.tail(LogQuery.last(LOG, 1_000));
  }

  private static void appendLines(Path file, long bytes) throws IOException {
    long written = 0;
    long line = 0;
    try (BufferedWriter out =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      while (written < bytes) {
        String text = line(line++);
        out.write(text);
        written += text.length();
      }
    }
  }

  private static String line(long n) {
    long seconds = n % 86_400;
    String time =
        String.format(
            "2025-11-18 %02d:%02d:%02d,%03d",
            seconds / 3600, seconds / 60 % 60, seconds % 60, n % 1000);
    String level = n % 50 == 0 ? "ERROR" : n % 7 == 0 ? "WARNING" : "INFO";
    return time
        + " - master_coordinator - "
        + level
        + " - Data collected successfully: SOC 63%, PV 2184 W, grid -412 W (entry "
        + n
        + ")\n";
  }
}
