package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import com.google.common.reflect.TypeToken;
import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.port.DecisionHistory;
import io.kilowatch.core.view.FamilyDefinition;
import io.kilowatch.core.view.KeyRule;
import io.kilowatch.core.view.Loaded;
import io.kilowatch.core.view.ViewFamily;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * The decisions of the last 24 hours and of the last 7 days, as the keys of the {@value #FAMILY}
 * view family, reloaded from the {@link DecisionHistory} on a schedule, so that readers never touch
 * the history. A window loads when first read (that read may wait for the load, at most its load
 * timeout); from then on it refreshes on its schedule and reads never wait. Both windows are
 * persistent: after a restart the first read of a window serves its stored decisions at once
 * ({@code warm-start}) while it loads. Thread-safe.
 */
public final class DecisionViews {

  /** The name of the family; each window's view is {@code recent-decisions/24h} or {@code /7d}. */
  public static final String FAMILY = "recent-decisions";

  private final ViewFamily<RecentWindow, List<Decision>> windows;

  /**
   * Registers the {@value #FAMILY} family with {@code dashboard}.
   *
   * @param dashboard where the views live
   * @param decisions the coordinator's decisions
   * @param clock the dashboard's clock: a window ends at the time of its load
   * @param settings schedule and freshness policy of each window
   */
  public DecisionViews(
      Dashboard dashboard,
      DecisionHistory decisions,
      InstantSource clock,
      RecentViewSettings settings) {
    requireNonNull(dashboard, "'dashboard' must not be null");
    requireNonNull(decisions, "'decisions' must not be null");
    requireNonNull(clock, "'clock' must not be null");
    requireNonNull(settings, "'settings' must not be null");
    KeyRule rule = KeyRule.refreshing(settings.policy(), settings.schedule());
    this.windows =
        dashboard.registerPersistentFamily(
            new FamilyDefinition<>(
                FAMILY,
                (window, previous) ->
                    Loaded.live(
                        List.copyOf(
                            decisions.decisions(
                                TimeRange.endingAt(clock.instant(), window.length())))),
                window -> rule,
                RecentWindow.values().length),
            new TypeToken<List<Decision>>() {});
  }

  /** The name of the view of {@code window}'s decisions, e.g. {@code recent-decisions/24h}. */
  public static String viewName(RecentWindow window) {
    return FAMILY + "/" + window.label();
  }

  /**
   * The decisions made within {@code window} before the last load, oldest first (as the history
   * gives them).
   */
  public Snapshot<List<Decision>> last(RecentWindow window) {
    return windows.get(requireNonNull(window, "'window' must not be null"));
  }

  /** The decisions of {@link #last} if it would not wait for a load; never loads. */
  public Optional<Snapshot<List<Decision>>> lastIfReady(RecentWindow window) {
    return windows.getIfReady(requireNonNull(window, "'window' must not be null"));
  }
}
