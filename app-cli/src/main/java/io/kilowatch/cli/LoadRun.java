package io.kilowatch.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load run against one URL: {@code connections} threads each send a request, wait for
 * the answer, and send the next, for a warm-up and then a measured duration. Latencies go into an
 * HDR histogram (microsecond resolution); non-2xx answers and I/O failures count as errors.
 */
final class LoadRun {

  /** What one endpoint measured. */
  record Result(
      String endpoint,
      long requests,
      long errors,
      double requestsPerSecond,
      double p50Millis,
      double p95Millis,
      double p99Millis,
      double maxMillis) {}

  private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(1);

  private final HttpClient client;
  private final Map<String, String> headers;
  private final int connections;

  LoadRun(int connections, Map<String, String> headers) {
    this.connections = connections;
    this.headers = Map.copyOf(headers);
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  Result run(URI target, String endpoint, Duration warmup, Duration duration) {
    measure(target, warmup);
    long started = System.nanoTime();
    List<Worker> workers = measure(target, duration);
    double seconds = (System.nanoTime() - started) / 1e9;
    Histogram all = new Histogram(MAX_LATENCY_MICROS, 3);
    long errors = 0;
    for (Worker worker : workers) {
      all.add(worker.latencies);
      errors += worker.errors;
    }
    long requests = all.getTotalCount() + errors;
    return new Result(
        endpoint,
        requests,
        errors,
        all.getTotalCount() / seconds,
        all.getValueAtPercentile(50) / 1000.0,
        all.getValueAtPercentile(95) / 1000.0,
        all.getValueAtPercentile(99) / 1000.0,
        all.getMaxValue() / 1000.0);
  }

  private List<Worker> measure(URI target, Duration duration) {
    long deadline = System.nanoTime() + duration.toNanos();
    ExecutorService threads = Executors.newFixedThreadPool(connections);
    try {
      List<Worker> workers = new ArrayList<>();
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < connections; i++) {
        Worker worker = new Worker(target, deadline);
        workers.add(worker);
        running.add(threads.submit(worker));
      }
      for (Future<?> future : running) {
        future.get(duration.toMillis() + 70_000, TimeUnit.MILLISECONDS);
      }
      return workers;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(ExitCodes.FAILED, "bench interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new CliException(ExitCodes.SOFTWARE, "a load worker failed: " + e, e);
    } finally {
      threads.shutdownNow();
    }
  }

  private final class Worker implements Runnable {
    final Histogram latencies = new Histogram(MAX_LATENCY_MICROS, 3);
    final URI target;
    final long deadline;
    long errors;

    Worker(URI target, long deadline) {
      this.target = target;
      this.deadline = deadline;
    }

    @Override
    public void run() {
      HttpRequest.Builder builder = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30));
      headers.forEach(builder::header);
      HttpRequest request = builder.build();
      while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
        long start = System.nanoTime();
        try {
          HttpResponse<Void> response =
              client.send(request, HttpResponse.BodyHandlers.discarding());
          long micros = (System.nanoTime() - start) / 1000;
          if (response.statusCode() / 100 == 2 || response.statusCode() == 304) {
            latencies.recordValue(Math.min(Math.max(micros, 1), MAX_LATENCY_MICROS));
          } else {
            errors++;
          }
        } catch (IOException e) {
          errors++;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
