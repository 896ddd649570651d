package io.kilowatch.core.freshness;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of one view's data: the value (absent when nothing was ever loaded), its
 * version, when and from where it was fetched, and the last load error. Freshness and age are not
 * stored but computed at read time from a clock the caller passes, so a snapshot never lies about
 * its age however long it is held.
 *
 * <p>The version identifies the value: it grows by one with every new value of a view, and stays
 * the same when a failed load only records an error. A missing snapshot has version 0.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param <T> the type of the value; it should itself be immutable
 */
public final class Snapshot<T> {

  private final @Nullable T value;
  private final long version;
  private final @Nullable Instant fetchedAt;
  private final @Nullable SnapshotSource source;
  private final FreshnessPolicy policy;
  private final @Nullable LoadError lastError;

  private Snapshot(
      @Nullable T value,
      long version,
      @Nullable Instant fetchedAt,
      @Nullable SnapshotSource source,
      FreshnessPolicy policy,
      @Nullable LoadError lastError) {
    this.value = value;
    this.version = version;
    this.fetchedAt = fetchedAt;
    this.source = source;
    this.policy = policy;
    this.lastError = lastError;
  }

  /** A snapshot of a view that has never loaded anything. */
  public static <T> Snapshot<T> missing(FreshnessPolicy policy) {
    requireNonNull(policy, "'policy' must not be null");
    return new Snapshot<>(null, 0, null, null, policy, null);
  }

  /**
   * A snapshot holding a loaded value.
   *
   * @param version the value's version, at least 1
   */
  public static <T> Snapshot<T> of(
      T value, long version, Instant fetchedAt, SnapshotSource source, FreshnessPolicy policy) {
    requireNonNull(value, "'value' must not be null");
    requireNonNull(fetchedAt, "'fetchedAt' must not be null");
    requireNonNull(source, "'source' must not be null");
    requireNonNull(policy, "'policy' must not be null");
    if (version < 1) {
      throw new IllegalArgumentException(
          "'version' of a loaded snapshot must be at least 1, but was " + version);
    }
    return new Snapshot<>(value, version, fetchedAt, source, policy, null);
  }

  /** This snapshot with the same value and version, carrying {@code error} as its last error. */
  public Snapshot<T> withError(LoadError error) {
    requireNonNull(error, "'error' must not be null");
    return new Snapshot<>(value, version, fetchedAt, source, policy, error);
  }

  /** The value, or empty when nothing was ever loaded. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** Whether a value was ever loaded. */
  public boolean isPresent() {
    return value != null;
  }

  /** The version of the value: 0 when missing, then 1, 2, ... with every new value of the view. */
  public long version() {
    return version;
  }

  /** When the value was fetched from its source, or empty when missing. */
  public Optional<Instant> fetchedAt() {
    return Optional.ofNullable(fetchedAt);
  }

  /** Where the value came from, or empty when missing. */
  public Optional<SnapshotSource> source() {
    return Optional.ofNullable(source);
  }

  /** The policy that classifies this snapshot's age. */
  public FreshnessPolicy policy() {
    return policy;
  }

  /** The last load error, or empty if the last load succeeded (or none failed yet). */
  public Optional<LoadError> lastError() {
    return Optional.ofNullable(lastError);
  }

  /** The freshness of this snapshot at {@code now}. */
  public Freshness freshnessAt(Instant now) {
    requireNonNull(now, "'now' must not be null");
    if (fetchedAt == null) {
      return Freshness.MISSING;
    }
    return policy.classify(nonNegativeAge(now, fetchedAt));
  }

  /** The freshness of this snapshot now, by {@code clock}. */
  public Freshness freshness(InstantSource clock) {
    return freshnessAt(clock.instant());
  }

  /**
   * The age of the value at {@code now} (zero if the clock stepped back), or empty when missing.
   */
  public Optional<Duration> ageAt(Instant now) {
    requireNonNull(now, "'now' must not be null");
    return fetchedAt == null ? Optional.empty() : Optional.of(nonNegativeAge(now, fetchedAt));
  }

  /** When the value turns stale ({@link Instant#MAX} if never), or empty when missing. */
  public Optional<Instant> refreshableAt() {
    return fetchedAt == null ? Optional.empty() : Optional.of(policy.refreshableAt(fetchedAt));
  }

  /** When the value expires ({@link Instant#MAX} if never), or empty when missing. */
  public Optional<Instant> expiresAt() {
    return fetchedAt == null ? Optional.empty() : Optional.of(policy.expiresAt(fetchedAt));
  }

  private static Duration nonNegativeAge(Instant now, Instant fetchedAt) {
    Duration age = Duration.between(fetchedAt, now);
    return age.isNegative() ? Duration.ZERO : age;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Snapshot<?> that
        && version == that.version
        && Objects.equals(value, that.value)
        && Objects.equals(fetchedAt, that.fetchedAt)
        && source == that.source
        && policy.equals(that.policy)
        && Objects.equals(lastError, that.lastError);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, version, fetchedAt, source, policy, lastError);
  }

  @Override
  public String toString() {
    return "Snapshot[version="
        + version
        + ", fetchedAt="
        + fetchedAt
        + ", source="
        + (source == null ? null : source.label())
        + ", lastError="
        + lastError
        + ", value="
        + value
        + "]";
  }
}
