package io.kilowatch.core.port;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.freshness.SnapshotSource;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A view's snapshot as a {@link SnapshotStore} keeps it: the encoded value and what is needed to
 * serve it again with its true age. Immutable: the bytes are copied in and out.
 */
public final class StoredSnapshot {

  private final String viewName;
  private final long version;
  private final Instant fetchedAt;
  private final SnapshotSource source;
  private final byte[] value;

  /**
   * @param viewName the view's name; not blank
   * @param version the value's version, at least 1
   * @param fetchedAt when the value was fetched from its source
   * @param source where the value came from originally
   * @param value the encoded value
   */
  public StoredSnapshot(
      String viewName, long version, Instant fetchedAt, SnapshotSource source, byte[] value) {
    requireNonNull(viewName, "'viewName' must not be null");
    if (viewName.isBlank()) {
      throw new IllegalArgumentException("'viewName' must not be blank");
    }
    if (version < 1) {
      throw new IllegalArgumentException("'version' must be at least 1, but was " + version);
    }
    this.viewName = viewName;
    this.version = version;
    this.fetchedAt = requireNonNull(fetchedAt, "'fetchedAt' must not be null");
    this.source = requireNonNull(source, "'source' must not be null");
    this.value = requireNonNull(value, "'value' must not be null").clone();
  }

  public String viewName() {
    return viewName;
  }

  public long version() {
    return version;
  }

  public Instant fetchedAt() {
    return fetchedAt;
  }

  public SnapshotSource source() {
    return source;
  }

  /** A copy of the encoded value. */
  public byte[] value() {
    return value.clone();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StoredSnapshot that
        && version == that.version
        && viewName.equals(that.viewName)
        && fetchedAt.equals(that.fetchedAt)
        && source == that.source
        && Arrays.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(viewName, version, fetchedAt, source, Arrays.hashCode(value));
  }

  @Override
  public String toString() {
    return "StoredSnapshot["
        + viewName
        + ", version "
        + version
        + ", fetched "
        + fetchedAt
        + ", "
        + source.label()
        + ", "
        + value.length
        + " bytes]";
  }
}
