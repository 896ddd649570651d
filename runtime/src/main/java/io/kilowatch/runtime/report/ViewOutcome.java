package io.kilowatch.runtime.report;

import io.kilowatch.core.view.RefreshOutcome;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How one view's refresh ended, on the wire.
 *
 * @param status loaded, unchanged, failed, timed_out, skipped or cancelled
 */
public record ViewOutcome(
    String view, String status, long version, double tookSeconds, @Nullable String error) {

  public static ViewOutcome of(RefreshOutcome outcome) {
    return new ViewOutcome(
        outcome.view(),
        outcome.status().name().toLowerCase(Locale.ROOT),
        outcome.version(),
        Timestamps.seconds(outcome.took()),
        outcome.error());
  }

  /** Whether the view holds a good value after this refresh. */
  public boolean succeeded() {
    return status.equals("loaded") || status.equals("unchanged") || status.equals("skipped");
  }
}
