package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A window of recent history ending at the time of a view's load, as the dashboard API names it in
 * {@code time_range} and {@code range}: {@code 24h} or {@code 7d}.
 */
public enum RecentWindow {
  /** The last 24 hours. */
  DAY("24h", Duration.ofHours(24)),
  /** The last 7 days. */
  WEEK("7d", Duration.ofDays(7));

  private final String label;
  private final Duration length;

  RecentWindow(String label, Duration length) {
    this.label = label;
    this.length = length;
  }

  /** The window as the dashboard API names it: {@code 24h} or {@code 7d}. */
  public String label() {
    return label;
  }

  /** How far back the window reaches. */
  public Duration length() {
    return length;
  }

  /** The label: a family's views are named by their keys' {@code toString()}. */
  @Override
  public String toString() {
    return label;
  }

  /** The window labelled {@code label} ({@code 24h}, {@code 7d}; any case), if any. */
  public static Optional<RecentWindow> ofLabel(String label) {
    requireNonNull(label, "'label' must not be null");
    String lower = label.strip().toLowerCase(Locale.ROOT);
    for (RecentWindow window : values()) {
      if (window.label.equals(lower)) {
        return Optional.of(window);
      }
    }
    return Optional.empty();
  }
}
