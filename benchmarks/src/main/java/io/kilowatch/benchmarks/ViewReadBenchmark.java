package io.kilowatch.benchmarks;

import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.testing.ManualViewRuntime;
import io.kilowatch.core.testing.MutableClock;
import io.kilowatch.core.view.RefreshSchedule;
import io.kilowatch.core.view.RefreshingView;
import io.kilowatch.core.view.ViewDefinition;
import io.kilowatch.core.view.ViewLoader;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of reading a view, the hot path of every request: {@code snapshot()} alone, and what an
 * app does per request (snapshot, value, freshness and age by a clock). Target: under 100 ns.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ViewReadBenchmark {

  /** A typical view value: a small immutable record with a list inside. */
  public record Reading(double socPercent, double pvWatts, List<Double> prices) {}

  private ManualViewRuntime runtime;
  private RefreshingView<Reading> view;
  private InstantSource clock;

  @Setup(Level.Trial)
  public void loadTheView() {
    runtime = ManualViewRuntime.create();
    view =
        runtime
            .scheduler()
            .view(
                new ViewDefinition<>(
                    "current-state",
                    ViewLoader.live(() -> new Reading(57.0, 3120.0, List.of(0.41, 0.39, 0.52))),
                    FreshnessPolicy.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                    RefreshSchedule.every(Duration.ofSeconds(30))));
    view.refreshNow().join();
    MutableClock manual = runtime.clock();
    manual.advance(Duration.ofSeconds(12));
    clock = manual;
  }

  @TearDown(Level.Trial)
  public void close() {
    runtime.close();
  }

  /** One volatile read and a counter increment. */
  @Benchmark
  public Snapshot<Reading> snapshot() {
    return view.snapshot();
  }

  /** What a request does: the snapshot, its value, its freshness and age now. */
  @Benchmark
  public void readAsARequestDoes(Blackhole sink) {
    Snapshot<Reading> snapshot = view.snapshot();
    Instant now = clock.instant();
    sink.consume(snapshot.value().orElse(null));
    sink.consume(snapshot.freshnessAt(now));
    sink.consume(snapshot.ageAt(now).orElse(null));
    sink.consume(snapshot.version());
  }

  /** The same read from two threads at once (both cores of the target machine). */
  @Benchmark
  @Threads(2)
  public Snapshot<Reading> snapshotFromTwoThreads() {
    return view.snapshot();
  }
}
