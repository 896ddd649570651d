package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import com.google.common.reflect.TypeToken;
import io.kilowatch.core.energy.EnergyReading;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.port.EnergyHistory;
import io.kilowatch.core.view.RefreshingView;
import io.kilowatch.core.view.ViewDefinition;
import io.kilowatch.core.view.ViewLoader;
import java.time.Duration;
import java.time.InstantSource;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The energy readings of the last 24 hours and of the last 7 days, downsampled to at most {@value
 * #POINTS} points each (5 minutes for a day, 35 for a week), as two views reloaded from the {@link
 * EnergyHistory} on a schedule, so that readers never touch the history. Both views are persistent:
 * after a restart they serve their stored readings ({@code warm-start}) until they load.
 * Thread-safe.
 */
public final class HistoryViews {

  /** Points per window at most: a day at the coordinator's 5-minute reading interval. */
  public static final int POINTS = 288;

  private static final TypeToken<List<EnergyReading>> READINGS =
      new TypeToken<List<EnergyReading>>() {};

  private final Map<RecentWindow, RefreshingView<List<EnergyReading>>> views =
      new EnumMap<>(RecentWindow.class);

  /**
   * Registers one view per {@link RecentWindow} with {@code dashboard}.
   *
   * @param dashboard where the views live
   * @param energy the coordinator's energy readings
   * @param clock the dashboard's clock: a window ends at the time of its load
   * @param settings schedule and freshness policy of each window
   */
  public HistoryViews(
      Dashboard dashboard, EnergyHistory energy, InstantSource clock, RecentViewSettings settings) {
    requireNonNull(dashboard, "'dashboard' must not be null");
    requireNonNull(energy, "'energy' must not be null");
    requireNonNull(clock, "'clock' must not be null");
    requireNonNull(settings, "'settings' must not be null");
    for (RecentWindow window : RecentWindow.values()) {
      Duration step = step(window);
      views.put(
          window,
          dashboard.registerPersistent(
              new ViewDefinition<>(
                  viewName(window),
                  ViewLoader.live(
                      () ->
                          List.copyOf(
                              energy.readings(
                                  TimeRange.endingAt(clock.instant(), window.length()), step))),
                  settings.policy(),
                  settings.schedule()),
              READINGS));
    }
  }

  /** The name of the view of {@code window}'s readings, e.g. {@code historical-data-24h}. */
  public static String viewName(RecentWindow window) {
    return "historical-data-" + window.label();
  }

  /** The length of one downsampled point of {@code window}. */
  public static Duration step(RecentWindow window) {
    return window.length().dividedBy(POINTS);
  }

  /** The downsampled readings of {@code window} before the last load, oldest first. */
  public Snapshot<List<EnergyReading>> last(RecentWindow window) {
    return requireNonNull(views.get(requireNonNull(window, "'window' must not be null")))
        .snapshot();
  }
}
