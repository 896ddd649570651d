package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.freshness.Freshness;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every view's state at one instant, in registration order.
 *
 * @param at when the report was taken
 * @param views one entry per view
 */
public record CacheReport(Instant at, List<ViewReport> views) {

  public CacheReport {
    requireNonNull(at, "'at' must not be null");
    views = List.copyOf(requireNonNull(views, "'views' must not be null"));
  }

  /** The entry of the view named {@code name}. */
  public Optional<ViewReport> view(String name) {
    return views.stream().filter(report -> report.view().equals(name)).findFirst();
  }

  /** How many views are in {@code state}. */
  public long count(Freshness state) {
    return views.stream().filter(report -> report.freshness() == state).count();
  }
}
