package io.kilowatch.benchmarks;

import io.kilowatch.core.dashboard.Dashboard;
import io.kilowatch.core.dashboard.PriceViewSettings;
import io.kilowatch.core.dashboard.PriceViews;
import io.kilowatch.core.energy.ConsumerPricing;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.energy.PriceSummary;
import io.kilowatch.core.energy.Tariff;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.testing.FakePriceSource;
import io.kilowatch.core.testing.InMemoryPriceArchive;
import io.kilowatch.core.testing.InMemorySnapshotStore;
import io.kilowatch.core.testing.ManualViewRuntime;
import io.kilowatch.core.testing.PriceDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * What a price request may cost on top of a view read: reading today's price day through {@link
 * PriceViews}, and summarizing a day in final prices (96 quarters, G12, exact decimals).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class PriceSummaryBenchmark {

  private static final LocalDate DAY = LocalDate.of(2025, 11, 5);

  private final ConsumerPricing pricing = ConsumerPricing.defaults(Tariff.G12);
  private PriceDay day;
  private Instant noon;
  private PriceSummary summary;
  private ManualViewRuntime runtime;
  private PriceViews views;

  @Setup(Level.Trial)
  public void makeTheDay() {
    day = PriceDays.random(DAY, PriceDays.QUARTER, new Random(42));
    noon = ZonedDateTime.of(DAY, LocalTime.NOON, PriceDays.WARSAW).toInstant();
    summary = PriceSummary.of(day, pricing, noon, Duration.ofHours(2));
    runtime = ManualViewRuntime.create();
    runtime.clock().set(noon);
    InMemoryPriceArchive archive = new InMemoryPriceArchive();
    archive.keep(day);
    Dashboard dashboard = new Dashboard(runtime.scheduler(), new InMemorySnapshotStore());
    views =
        new PriceViews(
            dashboard,
            new FakePriceSource(),
            archive,
            runtime.clock(),
            PriceDays.WARSAW,
            PriceViewSettings.defaults());
    dashboard.start();
    runtime.runDueTasks();
  }

  @TearDown(Level.Trial)
  public void close() {
    runtime.close();
  }

  /** {@code PriceViews.today()}: two volatile reads and the date of "now". */
  @Benchmark
  public Snapshot<PriceDay> readToday() {
    return views.today();
  }

  /** Final prices of all 96 quarters, current/next, min/max/average and the cheapest 2 hours. */
  @Benchmark
  public PriceSummary summarize() {
    return PriceSummary.of(day, pricing, noon, Duration.ofHours(2));
  }

  /** One more cheapest window (4 hours) of a summary already made. */
  @Benchmark
  public Optional<?> cheapestWindowOfFourHours() {
    return summary.cheapestWindow(Duration.ofHours(4));
  }

  /** The derived hourly averages of a summary already made. */
  @Benchmark
  public List<?> hourlyAverages() {
    return summary.hourlyAverages();
  }
}
