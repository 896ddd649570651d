package io.kilowatch.runtime.report;

import io.kilowatch.core.dashboard.ViewReport;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * One view in the cache report on the wire.
 *
 * @param state fresh, stale, expired or missing
 * @param ageSeconds age of the data, null while missing
 */
public record ViewState(
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
    double lastLoadSeconds) {

  public static ViewState of(ViewReport report, ZoneId zone) {
    return new ViewState(
        report.view(),
        report.freshness().label(),
        report.age() == null ? null : Timestamps.seconds(report.age()),
        report.fetchedAt() == null ? null : Timestamps.format(report.fetchedAt(), zone),
        report.version(),
        report.source() == null ? null : report.source().label(),
        report.lastError() == null ? null : LastError.of(report.lastError(), zone),
        report.loading(),
        report.statistics().reads(),
        report.statistics().loadsSucceeded(),
        report.statistics().loadsFailed(),
        report.statistics().loadTimeouts(),
        Timestamps.seconds(report.statistics().lastLoadDuration()));
  }
}
