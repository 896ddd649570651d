package io.kilowatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kilowatch bench --url URL}: latency and throughput of a running server's endpoints, judged
 * against thresholds. Exit 0 when every endpoint is within the warning thresholds, 1 when one
 * passes a warning threshold, 2 when one passes a critical threshold or answered errors.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure requests/s and p50/p95/p99 latency of a running server's endpoints, one at a time.",
      "Exit 0 all within thresholds, 1 a warning threshold passed, 2 a critical one passed or"
          + " errors."
    })
final class BenchCommand implements Callable<Integer> {

  static final List<String> DEFAULT_ENDPOINTS =
      List.of("/health", "/status", "/current-state", "/prices", "/metrics", "/monthly-summary");

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Option(
      names = "--connections",
      paramLabel = "N",
      defaultValue = "50",
      description = "Concurrent connections (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(
      names = "--duration",
      paramLabel = "DURATION",
      defaultValue = "10s",
      converter = Durations.class,
      description = "Measured time per endpoint (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(
      names = "--warmup",
      paramLabel = "DURATION",
      defaultValue = "2s",
      converter = Durations.class,
      description = "Unmeasured warm-up per endpoint (default: ${DEFAULT-VALUE}).")
  Duration warmup;

  @Option(
      names = "--endpoint",
      paramLabel = "PATH",
      description = "An endpoint to measure (repeatable). Default: ${DEFAULT-VALUE}.")
  List<String> endpoints = new ArrayList<>(DEFAULT_ENDPOINTS);

  @Option(
      names = "--warning-p99",
      paramLabel = "DURATION",
      defaultValue = "50ms",
      converter = Durations.class,
      description = "Warning when an endpoint's p99 is above this (default: ${DEFAULT-VALUE}).")
  Duration warningP99;

  @Option(
      names = "--critical-p99",
      paramLabel = "DURATION",
      defaultValue = "200ms",
      converter = Durations.class,
      description = "Critical when an endpoint's p99 is above this (default: ${DEFAULT-VALUE}).")
  Duration criticalP99;

  @Option(
      names = "--warning-rps",
      paramLabel = "N",
      defaultValue = "0",
      description = "Warning when an endpoint serves fewer requests/s (default: no check).")
  double warningRps;

  @Option(
      names = "--critical-rps",
      paramLabel = "N",
      defaultValue = "0",
      description = "Critical when an endpoint serves fewer requests/s (default: no check).")
  double criticalRps;

  /** A result with its verdict. */
  record Judged(LoadRun.Result result, String verdict, @Nullable String reason) {}

  @Override
  public Integer call() {
    URI base = common.url;
    if (base == null) {
      throw new CliException(ExitCodes.USAGE, "bench needs --url of a running Kilowatch server");
    }
    if (connections < 1 || connections > 1000) {
      throw new CliException(
          ExitCodes.USAGE, "--connections must be 1 to 1000, but was " + connections);
    }
    if (criticalP99.compareTo(warningP99) < 0) {
      throw new CliException(ExitCodes.USAGE, "--critical-p99 must not be below --warning-p99");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    if (common.token != null) {
      headers.put("Authorization", "Bearer " + common.token);
    }
    LoadRun run = new LoadRun(connections, headers);
    List<Judged> judged = new ArrayList<>();
    double perEndpoint = (warmup.toMillis() + duration.toMillis()) / 1000.0;
    long started = System.nanoTime();
    AtomicInteger finished = new AtomicInteger();
    ProgressBar bar =
        ProgressBar.start(
            spec.commandLine().getErr(),
            Terminal.isInteractive() && !common.json,
            () -> finished.get() < endpoints.size() ? endpoints.get(finished.get()) : "done",
            () -> (System.nanoTime() - started) / 1e9 / (perEndpoint * endpoints.size()));
    try {
      for (String endpoint : endpoints) {
        URI target = base.resolve(endpoint.startsWith("/") ? endpoint : "/" + endpoint);
        LoadRun.Result result = run.run(target, endpoint, warmup, duration);
        judged.add(judge(result));
        finished.incrementAndGet();
      }
    } finally {
      bar.close();
    }
    print(judged);
    boolean critical = judged.stream().anyMatch(j -> j.verdict().equals("CRITICAL"));
    boolean warning = judged.stream().anyMatch(j -> j.verdict().equals("WARNING"));
    return critical ? ExitCodes.CHECK_CRITICAL : warning ? ExitCodes.CHECK_WARNING : ExitCodes.OK;
  }

  private Judged judge(LoadRun.Result result) {
    double p99 = result.p99Millis();
    if (result.errors() > 0) {
      return new Judged(result, "CRITICAL", result.errors() + " errors");
    }
    if (result.requests() == 0) {
      return new Judged(result, "CRITICAL", "no answer");
    }
    if (p99 > criticalP99.toNanos() / 1e6) {
      return new Judged(result, "CRITICAL", "p99 above " + criticalP99.toMillis() + " ms");
    }
    if (criticalRps > 0 && result.requestsPerSecond() < criticalRps) {
      return new Judged(result, "CRITICAL", "below " + criticalRps + " requests/s");
    }
    if (p99 > warningP99.toNanos() / 1e6) {
      return new Judged(result, "WARNING", "p99 above " + warningP99.toMillis() + " ms");
    }
    if (warningRps > 0 && result.requestsPerSecond() < warningRps) {
      return new Judged(result, "WARNING", "below " + warningRps + " requests/s");
    }
    return new Judged(result, "OK", null);
  }

  private void print(List<Judged> judged) {
    PrintWriter out = spec.commandLine().getOut();
    if (common.json) {
      try {
        out.println(
            ((KilowatchCommand) spec.root().userObject()).json().writeValueAsString(judged));
      } catch (JsonProcessingException e) {
        throw new CliException(ExitCodes.SOFTWARE, "could not write JSON: " + e.getMessage(), e);
      }
      out.flush();
      return;
    }
    out.println(
        "Bench of "
            + common.url
            + ": "
            + connections
            + " connections, "
            + duration.toSeconds()
            + " s per endpoint after "
            + warmup.toSeconds()
            + " s warm-up");
    Table table =
        new Table("ENDPOINT", "REQUESTS", "REQ/S", "P50", "P95", "P99", "ERRORS", "VERDICT");
    for (Judged entry : judged) {
      LoadRun.Result result = entry.result();
      table.row(
          result.endpoint(),
          Long.toString(result.requests()),
          String.format(Locale.ROOT, "%.0f", result.requestsPerSecond()),
          millis(result.p50Millis()),
          millis(result.p95Millis()),
          millis(result.p99Millis()),
          Long.toString(result.errors()),
          entry.reason() == null ? entry.verdict() : entry.verdict() + " (" + entry.reason() + ")");
    }
    table.print(out);
  }

  private static String millis(double value) {
    return String.format(Locale.ROOT, "%.2f ms", value);
  }
}
