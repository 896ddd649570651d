package io.kilowatch.http;

import io.kilowatch.core.dashboard.ViewReport;
import io.kilowatch.runtime.KilowatchRuntime;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micronaut.context.annotation.Context;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Kilowatch's own Prometheus meters, per view: age in seconds (NaN while missing), state (0 fresh,
 * 1 stale, 2 expired, 3 missing), version, and loads succeeded / failed / timed out. Meters for
 * views registered later appear after their first load. Read from the cache report at scrape time:
 * no I/O.
 */
@Context
final class ViewMetrics {

  private final KilowatchRuntime runtime;
  private final MeterRegistry registry;
  private final Set<String> registered = ConcurrentHashMap.newKeySet();

  ViewMetrics(KilowatchRuntime runtime, MeterRegistry registry) {
    this.runtime = runtime;
    this.registry = registry;
    runtime.dashboard().cacheReport().views().forEach(view -> register(view.view()));
    runtime.dashboard().addRefreshListener(outcome -> register(outcome.view()));
  }

  private void register(String view) {
    if (!registered.add(view)) {
      return;
    }
    Tags tags = Tags.of("view", view);
    gauge(
        "kilowatch.view.age",
        "Age of the view's data in seconds; NaN while missing",
        tags,
        view,
        report -> report.age() == null ? Double.NaN : report.age().toMillis() / 1000.0,
        "seconds");
    gauge(
        "kilowatch.view.state",
        "0 fresh, 1 stale, 2 expired, 3 missing",
        tags,
        view,
        report -> FreshnessRank.of(report.freshness()));
    gauge(
        "kilowatch.view.version",
        "Version of the view's value",
        tags,
        view,
        report -> report.version());
    counter(
        "kilowatch.view.loads.succeeded",
        "Loads that swapped in a new value",
        tags,
        view,
        report -> report.statistics().loadsSucceeded());
    counter(
        "kilowatch.view.loads.failed",
        "Loads that failed, timeouts included",
        tags,
        view,
        report -> report.statistics().loadsFailed());
    counter(
        "kilowatch.view.loads.timed.out",
        "Loads abandoned after the load timeout",
        tags,
        view,
        report -> report.statistics().loadTimeouts());
  }

  private void gauge(
      String name, String help, Tags tags, String view, ToDoubleFunction<ViewReport> value) {
    gauge(name, help, tags, view, value, null);
  }

  private void gauge(
      String name,
      String help,
      Tags tags,
      String view,
      ToDoubleFunction<ViewReport> value,
      @Nullable String baseUnit) {
    Gauge.builder(
            name, this, metrics -> metrics.read(view).map(value::applyAsDouble).orElse(Double.NaN))
        .description(help)
        .tags(tags)
        .baseUnit(baseUnit)
        .register(registry);
  }

  private void counter(
      String name, String help, Tags tags, String view, ToDoubleFunction<ViewReport> value) {
    FunctionCounter.builder(
            name, this, metrics -> metrics.read(view).map(value::applyAsDouble).orElse(0.0))
        .description(help)
        .tags(tags)
        .register(registry);
  }

  private Optional<ViewReport> read(String view) {
    return runtime.dashboard().viewReport(view);
  }
}
