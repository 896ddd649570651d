package io.kilowatch.core.dashboard;

/**
 * Turns a view's value into bytes for the {@link io.kilowatch.core.port.SnapshotStore} and back.
 * Given by the composition root (the core has no JSON library). Must be thread-safe.
 *
 * @param <T> the value type
 */
public interface SnapshotCodec<T> {

  /** Encodes {@code value}; throws an unchecked exception naming the problem if it cannot. */
  byte[] encode(T value);

  /**
   * Decodes bytes written by {@link #encode}; throws an unchecked exception naming the problem if
   * they are unreadable (e.g. written by an incompatible version), in which case the view starts
   * without a warm value.
   */
  T decode(byte[] bytes);
}
