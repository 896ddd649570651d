package io.kilowatch.http;

import io.kilowatch.core.freshness.Freshness;

/**
 * Freshness states from best to worst: 0 fresh, 1 stale, 2 expired, 3 missing. The Prometheus state
 * gauge shows these numbers; {@code /status} picks its worst input by them.
 */
final class FreshnessRank {

  private FreshnessRank() {}

  static int of(Freshness state) {
    return switch (state) {
      case FRESH -> 0;
      case STALE -> 1;
      case EXPIRED -> 2;
      case MISSING -> 3;
    };
  }
}
