package io.kilowatch.core.view;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.freshness.SnapshotSource;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ViewLoader} returns: the new value, where it came from and, when the value is older
 * than the load (an archived or fallback value), when it was originally fetched.
 *
 * @param value the new value; should be immutable
 * @param source where the value came from
 * @param fetchedAt when the value was fetched from its source, or {@code null} for "now, by the
 *     view's clock"
 */
public record Loaded<T>(T value, SnapshotSource source, @Nullable Instant fetchedAt) {

  public Loaded {
    requireNonNull(value, "'value' must not be null");
    requireNonNull(source, "'source' must not be null");
  }

  /** A value just fetched from its live source. */
  public static <T> Loaded<T> live(T value) {
    return new Loaded<>(value, SnapshotSource.LIVE, null);
  }

  /** A value just obtained from {@code source}. */
  public static <T> Loaded<T> from(SnapshotSource source, T value) {
    return new Loaded<>(value, source, null);
  }

  /** A value from {@code source} that was originally fetched at {@code fetchedAt}. */
  public static <T> Loaded<T> from(SnapshotSource source, T value, Instant fetchedAt) {
    return new Loaded<>(value, source, requireNonNull(fetchedAt, "'fetchedAt' must not be null"));
  }

  /** The original fetch instant, when it differs from the time of the load. */
  public Optional<Instant> originallyFetchedAt() {
    return Optional.ofNullable(fetchedAt);
  }
}
