package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import com.google.common.reflect.TypeToken;
import io.kilowatch.core.dashboard.SnapshotCodec;
import io.kilowatch.core.dashboard.SnapshotCodecs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link SnapshotCodecs} without an encoding, for core tests: a value is kept in this object's
 * memory and its "bytes" are a reference to it ({@code ref:<n>}), so a store and the same codecs
 * give a second dashboard the very values the first one saved. Bytes it did not write fail to
 * decode, as a snapshot of another version would. Thread-safe.
 */
public final class InMemorySnapshotCodecs implements SnapshotCodecs {

  private final Map<String, Object> values = new ConcurrentHashMap<>();
  private final AtomicLong next = new AtomicLong();
  private final List<TypeToken<?>> types = new CopyOnWriteArrayList<>();

  @Override
  public <T> Optional<SnapshotCodec<T>> codecFor(TypeToken<T> type) {
    requireNonNull(type, "'type' must not be null");
    types.add(type);
    return Optional.of(
        new SnapshotCodec<>() {
          @Override
          public byte[] encode(T value) {
            String reference = "ref:" + next.incrementAndGet();
            values.put(reference, requireNonNull(value, "'value' must not be null"));
            return reference.getBytes(StandardCharsets.UTF_8);
          }

          @Override
          public T decode(byte[] bytes) {
            String reference = new String(bytes, StandardCharsets.UTF_8);
            Object value = values.get(reference);
            if (value == null) {
              throw new IllegalArgumentException("not written by these codecs: " + reference);
            }
            @SuppressWarnings("unchecked") // written by the codec of the same view
            T typed = (T) type.getRawType().cast(value);
            return typed;
          }
        });
  }

  /** The types codecs were asked for, in order. */
  public List<TypeToken<?>> types() {
    return List.copyOf(types);
  }
}
