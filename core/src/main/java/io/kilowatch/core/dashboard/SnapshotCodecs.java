package io.kilowatch.core.dashboard;

import com.google.common.reflect.TypeToken;
import java.util.Optional;

/**
 * Gives the {@link SnapshotCodec} of a value type, so that a feature class can ask for its views to
 * be persisted by naming their type ({@link Dashboard#registerPersistent(
 * io.kilowatch.core.view.ViewDefinition, TypeToken)}) while the composition root decides the
 * encoding (the core has no JSON library). Must be thread-safe.
 */
public interface SnapshotCodecs {

  /** Codecs for nothing: every view registered by type starts cold and is never saved. */
  SnapshotCodecs NONE =
      new SnapshotCodecs() {
        @Override
        public <T> Optional<SnapshotCodec<T>> codecFor(TypeToken<T> type) {
          return Optional.empty();
        }

        @Override
        public String toString() {
          return "SnapshotCodecs.NONE";
        }
      };

  /**
   * The codec of values of {@code type} (e.g. {@code new TypeToken<List<Decision>>() {}}).
   *
   * @return the codec, or empty if values of that type are not persisted
   */
  <T> Optional<SnapshotCodec<T>> codecFor(TypeToken<T> type);
}
