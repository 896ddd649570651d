package io.kilowatch.benchmarks;

import io.kilowatch.core.energy.ChargingDecision;
import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.EnergyReading;
import io.kilowatch.core.energy.MonthlySummary;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.testing.Decisions;
import io.kilowatch.core.testing.EnergyReadings;
import io.kilowatch.storage.JdbiDecisionHistory;
import io.kilowatch.storage.JdbiEnergyHistory;
import io.kilowatch.storage.internal.CoordinatorSchema;
import io.kilowatch.storage.internal.CoordinatorWriter;
import io.kilowatch.storage.internal.DecisionEra;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A month of the coordinator's data through the SQLite adapters: November 2026 in a real database
 * file of schema version 4 holding a decision every 15 minutes (2,880, with a sale every evening)
 * and an energy reading every 5 minutes (8,640). What {@code SummaryViews} does to load a month,
 * and its parts.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class MonthlySummaryBenchmark {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

  private Path directory;
  private JdbiDecisionHistory decisions;
  private JdbiEnergyHistory energy;
  private TimeRange month;
  private List<Decision> monthDecisions;
  private List<EnergyReading> monthReadings;

  @Setup(Level.Trial)
  public void writeTheMonth() throws Exception {
    directory = Files.createTempDirectory("kilowatch-bench");
    Path file = directory.resolve("goodwe_energy.db");
    CoordinatorSchema.create(file, CoordinatorSchema.LATEST);
    month = MonthlySummary.timeRange(NOVEMBER, WARSAW);
    try (CoordinatorWriter writer = CoordinatorWriter.open(file, WARSAW)) {
      writer.connection().setAutoCommit(false);
      int quarter = 0;
      for (Instant at = month.from(); at.isBefore(month.to()); at = at.plusSeconds(300)) {
        writer.reading(
            EnergyReadings.aReading(at).gridImport(10_000 + quarter * 0.1, "T2").build());
        if (at.getEpochSecond() % 900 == 0) {
          ChargingDecision decision =
              quarter % 4 == 0 ? Decisions.aCharge(at) : Decisions.aWait(at);
          writer.charging(decision, DecisionEra.CURRENT);
          if (quarter % 96 == 70) {
            writer.selling(Decisions.aSale(at.plusSeconds(7)), false);
          }
          quarter++;
        }
      }
      writer.connection().commit();
    }
    decisions = JdbiDecisionHistory.readOnly(file, WARSAW, Duration.ofSeconds(5));
    energy = JdbiEnergyHistory.readOnly(file, WARSAW, Duration.ofSeconds(5));
    monthDecisions = decisions.decisions(month);
    monthReadings = energy.readings(month);
  }

  @TearDown(Level.Trial)
  public void deleteTheMonth() throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** The decisions of the month: one indexed query, JSON taken apart by SQLite, mapped. */
  @Benchmark
  public List<Decision> decisionsOfAMonth() {
    return decisions.decisions(month);
  }

  /** The energy readings of the month, 8,640 rows. */
  @Benchmark
  public List<EnergyReading> energyOfAMonth() {
    return energy.readings(month);
  }

  /** One day of readings downsampled to 15 minutes, as a chart would ask. */
  @Benchmark
  public List<EnergyReading> energyOfADayEvery15Minutes() {
    return energy.readings(
        new TimeRange(month.from(), month.from().plus(Duration.ofDays(1))), Duration.ofMinutes(15));
  }

  /** Aggregation alone: the month's summary from decisions and readings already in memory. */
  @Benchmark
  public MonthlySummary summaryFromMemory() {
    return MonthlySummary.compute(NOVEMBER, WARSAW, monthDecisions, monthReadings);
  }

  /** A whole load of the month's view: both queries and the summary. */
  @Benchmark
  public MonthlySummary monthlySummaryFromTheDatabase() {
    return MonthlySummary.compute(
        NOVEMBER, WARSAW, decisions.decisions(month), energy.readings(month));
  }
}
