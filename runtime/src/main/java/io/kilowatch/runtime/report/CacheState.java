package io.kilowatch.runtime.report;

import io.kilowatch.core.dashboard.CacheReport;
import java.time.ZoneId;
import java.util.List;

/** The cache report on the wire: every view's state at {@code at}. */
public record CacheState(String at, List<ViewState> views) {

  public CacheState {
    views = List.copyOf(views);
  }

  public static CacheState of(CacheReport report, ZoneId zone) {
    return new CacheState(
        Timestamps.format(report.at(), zone),
        report.views().stream().map(view -> ViewState.of(view, zone)).toList());
  }
}
