package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.core.freshness.LoadError;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.view.RefreshingView;
import io.kilowatch.core.view.ViewStatistics;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One view in the {@link CacheReport}: its state and age at the report's instant, its version and
 * origin, its last error and its counters. Fields about the value are {@code null} while the view
 * is missing.
 *
 * @param view the view's name
 * @param freshness the state at the report's instant
 * @param age the value's age, or {@code null} when missing
 * @param version the value's version, 0 when missing
 * @param source where the value came from, or {@code null} when missing
 * @param fetchedAt when the value was fetched, or {@code null} when missing
 * @param lastError the last load error, or {@code null} if the last load succeeded
 * @param statistics the view's counters
 * @param loading whether a load runs now
 */
public record ViewReport(
    String view,
    Freshness freshness,
    @Nullable Duration age,
    long version,
    @Nullable SnapshotSource source,
    @Nullable Instant fetchedAt,
    @Nullable LoadError lastError,
    ViewStatistics statistics,
    boolean loading) {

  public ViewReport {
    requireNonNull(view, "'view' must not be null");
    requireNonNull(freshness, "'freshness' must not be null");
    requireNonNull(statistics, "'statistics' must not be null");
  }

  /** Reports {@code view} as it is at {@code now}. */
  static ViewReport of(RefreshingView<?> view, Instant now) {
    Snapshot<?> snapshot = view.snapshot();
    return new ViewReport(
        view.name(),
        snapshot.freshnessAt(now),
        snapshot.ageAt(now).orElse(null),
        snapshot.version(),
        snapshot.source().orElse(null),
        snapshot.fetchedAt().orElse(null),
        snapshot.lastError().orElse(null),
        view.statistics(),
        view.isLoading());
  }
}
