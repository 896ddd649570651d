package io.kilowatch.runtime.api;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.core.freshness.Snapshot;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How one view's snapshot becomes a response body (of the HTTP API, and of the command line's
 * {@code --json}): the data, fields that depend on the time of the request, and the freshness block
 * ({@link #tail}).
 *
 * @param data maps the value to the body, a JSON object (a record or map); called once per snapshot
 * @param whenMissing the body while nothing was ever loaded (reference fields as nulls)
 * @param timeFields fields that change with the snapshot's age or state (e.g. a {@code data_source}
 *     naming the state), rendered once per second before the freshness block; or {@code null}
 * @param unavailable the fields the body leaves null because Kilowatch does not know them, listed
 *     in the freshness block as {@code unavailable}; or {@code null} for no such list
 * @param <T> the view's value type
 */
public record ViewBody<T>(
    Function<? super T, ?> data,
    Function<Snapshot<T>, ?> whenMissing,
    @Nullable TimeFields<T> timeFields,
    @Nullable Function<Snapshot<T>, List<String>> unavailable) {

  /** Fields of a body that depend on the time of the request. */
  @FunctionalInterface
  public interface TimeFields<T> {
    /** The fields, in order, for {@code snapshot} in {@code state} at {@code now}. */
    Map<String, @Nullable Object> at(Snapshot<T> snapshot, Freshness state, Instant now);
  }

  public ViewBody {
    requireNonNull(data, "'data' must not be null");
    requireNonNull(whenMissing, "'whenMissing' must not be null");
  }

  /** A body of data only. */
  public static <T> ViewBody<T> of(
      Function<? super T, ?> data, Function<Snapshot<T>, ?> whenMissing) {
    return new ViewBody<>(data, whenMissing, null, null);
  }

  public ViewBody<T> withTimeFields(TimeFields<T> fields) {
    return new ViewBody<>(data, whenMissing, requireNonNull(fields, "'fields'"), unavailable);
  }

  public ViewBody<T> withUnavailable(Function<Snapshot<T>, List<String>> fields) {
    return new ViewBody<>(data, whenMissing, timeFields, requireNonNull(fields, "'fields'"));
  }

  /** The data of {@code snapshot}: its value mapped, or the body while missing. */
  public Object dataOf(Snapshot<T> snapshot) {
    return snapshot.value().<Object>map(data).orElseGet(() -> whenMissing.apply(snapshot));
  }

  /**
   * What follows the data in the body of {@code snapshot} at {@code now}: the time fields, then
   * {@code freshness} (the view of the response {@code name}, see {@link FreshnessBlock#viewOf},
   * its freshness block, and {@code unavailable} if listed). A new mutable map.
   */
  public Map<String, @Nullable Object> tail(
      String name, Snapshot<T> snapshot, Instant now, ZoneId zone) {
    Freshness state = snapshot.freshnessAt(now);
    Map<String, @Nullable Object> freshness = new LinkedHashMap<>();
    freshness.put("view", FreshnessBlock.viewOf(name));
    freshness.putAll(FreshnessBlock.of(snapshot, state, now, zone));
    if (unavailable != null) {
      freshness.put("unavailable", List.copyOf(unavailable.apply(snapshot)));
    }
    Map<String, @Nullable Object> tail = new LinkedHashMap<>();
    if (timeFields != null) {
      tail.putAll(timeFields.at(snapshot, state, now));
    }
    tail.put("freshness", freshness);
    return tail;
  }
}
