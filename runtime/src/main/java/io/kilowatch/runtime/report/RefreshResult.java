package io.kilowatch.runtime.report;

import io.kilowatch.core.dashboard.RefreshReport;
import java.time.ZoneId;
import java.util.List;

/** A full refresh on the wire: when it started, how long it took, each view's outcome. */
public record RefreshResult(
    String startedAt, double tookSeconds, boolean allSucceeded, List<ViewOutcome> views) {

  public RefreshResult {
    views = List.copyOf(views);
  }

  public static RefreshResult of(RefreshReport report, ZoneId zone) {
    return new RefreshResult(
        Timestamps.format(report.startedAt(), zone),
        Timestamps.seconds(report.took()),
        report.allSucceeded(),
        report.outcomes().stream().map(ViewOutcome::of).toList());
  }
}
