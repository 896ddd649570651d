package io.kilowatch.core.freshness;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * When a loaded value turns STALE and then EXPIRED, in Caffeine's vocabulary.
 *
 * <p>A value is {@link Freshness#FRESH} while its age is below {@code refreshAfter}, {@link
 * Freshness#STALE} (still served, a refresh is due) while below {@code expireAfter}, and {@link
 * Freshness#EXPIRED} from then on (still served by Kilowatch, but flagged loudly).
 *
 * @param refreshAfter age at which a value becomes stale; strictly positive
 * @param expireAfter age at which a value expires; at least {@code refreshAfter}
 */
public record FreshnessPolicy(Duration refreshAfter, Duration expireAfter) {

  /**
   * A policy for values that never change once loaded (a past month, a published price day): they
   * never turn stale.
   */
  public static final FreshnessPolicy IMMUTABLE =
      new FreshnessPolicy(
          Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
          Duration.ofSeconds(Long.MAX_VALUE, 999_999_999));

  public FreshnessPolicy {
    requireNonNull(refreshAfter, "'refreshAfter' must not be null");
    requireNonNull(expireAfter, "'expireAfter' must not be null");
    if (refreshAfter.isNegative() || refreshAfter.isZero()) {
      throw new IllegalArgumentException(
          "'refreshAfter' must be positive, but was " + refreshAfter);
    }
    if (expireAfter.compareTo(refreshAfter) < 0) {
      throw new IllegalArgumentException(
          "'expireAfter' ("
              + expireAfter
              + ") must not be shorter than 'refreshAfter' ("
              + refreshAfter
              + ")");
    }
  }

  /** Shorthand for {@code new FreshnessPolicy(refreshAfter, expireAfter)}. */
  public static FreshnessPolicy of(Duration refreshAfter, Duration expireAfter) {
    return new FreshnessPolicy(refreshAfter, expireAfter);
  }

  /**
   * Classifies a value of the given age. A negative age (a clock that stepped back) counts as zero.
   *
   * @return FRESH, STALE or EXPIRED; never MISSING
   */
  public Freshness classify(Duration age) {
    requireNonNull(age, "'age' must not be null");
    if (age.compareTo(refreshAfter) < 0) {
      return Freshness.FRESH;
    }
    return age.compareTo(expireAfter) < 0 ? Freshness.STALE : Freshness.EXPIRED;
  }

  /** The instant a value fetched at {@code fetchedAt} turns stale; {@link Instant#MAX} if never. */
  public Instant refreshableAt(Instant fetchedAt) {
    return plusSaturated(fetchedAt, refreshAfter);
  }

  /** The instant a value fetched at {@code fetchedAt} expires; {@link Instant#MAX} if never. */
  public Instant expiresAt(Instant fetchedAt) {
    return plusSaturated(fetchedAt, expireAfter);
  }

  private static Instant plusSaturated(Instant start, Duration amount) {
    requireNonNull(start, "'start' must not be null");
    Duration room = Duration.between(start, Instant.MAX);
    return amount.compareTo(room) >= 0 ? Instant.MAX : start.plus(amount);
  }
}
