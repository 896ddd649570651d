package io.kilowatch.http;

import io.kilowatch.core.dashboard.CacheReport;
import io.kilowatch.core.dashboard.RefreshReport;
import io.kilowatch.core.dashboard.ViewReport;
import io.kilowatch.core.freshness.LoadError;
import io.kilowatch.core.view.RefreshOutcome;
import io.kilowatch.runtime.KilowatchRuntime;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /cache}: every view's state, age, version, counters and last error. {@code POST
 * /refresh}: reload every view now and answer with each outcome.
 */
@Controller
final class CacheController {

  record LastError(String message, String at, int consecutiveFailures) {}

  record ViewEntry(
      String view,
      String state,
      @Nullable Double ageSeconds,
      @Nullable String fetchedAt,
      long version,
      @Nullable String source,
      @Nullable LastError lastError,
      boolean loading,
      long reads,
      long loadsSucceeded,
      long loadsFailed,
      long loadTimeouts,
      double lastLoadSeconds) {}

  record Cache(String at, List<ViewEntry> views) {}

  record Outcome(
      String view, String status, long version, double tookSeconds, @Nullable String error) {}

  record Refresh(String startedAt, double tookSeconds, boolean allSucceeded, List<Outcome> views) {}

  private final KilowatchRuntime runtime;
  private final ApiTime time;

  CacheController(KilowatchRuntime runtime, ApiTime time) {
    this.runtime = runtime;
    this.time = time;
  }

  @Get(uri = "/cache", produces = MediaType.APPLICATION_JSON)
  Cache cache() {
    CacheReport report = runtime.dashboard().cacheReport();
    return new Cache(time.format(report.at()), report.views().stream().map(this::entry).toList());
  }

  /** Blocks until every load ends (each bounded by its timeout), so it runs off the event loop. */
  @Post(uri = "/refresh", produces = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  Refresh refresh() {
    RefreshReport report = runtime.dashboard().refreshAll();
    return new Refresh(
        time.format(report.startedAt()),
        ApiTime.seconds(report.took()),
        report.allSucceeded(),
        report.outcomes().stream().map(CacheController::outcome).toList());
  }

  private ViewEntry entry(ViewReport report) {
    return new ViewEntry(
        report.view(),
        report.freshness().label(),
        report.age() == null ? null : ApiTime.seconds(report.age()),
        report.fetchedAt() == null ? null : time.format(report.fetchedAt()),
        report.version(),
        report.source() == null ? null : report.source().label(),
        report.lastError() == null ? null : lastError(report.lastError()),
        report.loading(),
        report.statistics().reads(),
        report.statistics().loadsSucceeded(),
        report.statistics().loadsFailed(),
        report.statistics().loadTimeouts(),
        ApiTime.seconds(report.statistics().lastLoadDuration()));
  }

  private LastError lastError(LoadError error) {
    return new LastError(error.message(), time.format(error.at()), error.consecutiveFailures());
  }

  private static Outcome outcome(RefreshOutcome outcome) {
    return new Outcome(
        outcome.view(),
        outcome.status().name().toLowerCase(Locale.ROOT),
        outcome.version(),
        ApiTime.seconds(outcome.took()),
        outcome.error());
  }
}
