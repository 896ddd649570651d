package io.kilowatch.core.freshness;

import java.util.Locale;

/**
 * How old a snapshot is relative to its {@link FreshnessPolicy}, at one instant.
 *
 * <p>Every consumer (JSON, page, CLI, metrics) shows this state instead of hiding age: STALE and
 * EXPIRED values are still served, but flagged.
 */
public enum Freshness {
  /** Younger than {@code refreshAfter}: served as is. */
  FRESH,
  /** Older than {@code refreshAfter}, younger than {@code expireAfter}: served, refresh due. */
  STALE,
  /** Older than {@code expireAfter}: still served, flagged loudly. */
  EXPIRED,
  /** Nothing was ever loaded. */
  MISSING;

  /** The lower-case name used on the wire and on screen: {@code fresh}, {@code stale}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
