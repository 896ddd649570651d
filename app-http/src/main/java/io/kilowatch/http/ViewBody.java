package io.kilowatch.http;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.core.freshness.Snapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How {@link ViewResponses} turns one view's snapshot into a response body.
 *
 * @param data maps the value to the body, a JSON object (a record or map); called once per snapshot
 * @param whenMissing the body while nothing was ever loaded (reference fields as nulls)
 * @param timeFields fields that change with the snapshot's age or state (e.g. a {@code data_source}
 *     naming the state), rendered once per second before the freshness block; or {@code null}
 * @param unavailable the fields the body leaves null because Kilowatch does not know them, listed
 *     in the freshness block as {@code unavailable}; or {@code null} for no such list
 * @param <T> the view's value type
 */
record ViewBody<T>(
    Function<? super T, ?> data,
    Function<Snapshot<T>, ?> whenMissing,
    @Nullable TimeFields<T> timeFields,
    @Nullable Function<Snapshot<T>, List<String>> unavailable) {

  /** Fields of a body that depend on the time of the request. */
  @FunctionalInterface
  interface TimeFields<T> {
    /** The fields, in order, for {@code snapshot} in {@code state} at {@code now}. */
    Map<String, @Nullable Object> at(Snapshot<T> snapshot, Freshness state, Instant now);
  }

  ViewBody {
    requireNonNull(data, "'data' must not be null");
    requireNonNull(whenMissing, "'whenMissing' must not be null");
  }

  /** A body of data only. */
  static <T> ViewBody<T> of(Function<? super T, ?> data, Function<Snapshot<T>, ?> whenMissing) {
    return new ViewBody<>(data, whenMissing, null, null);
  }

  ViewBody<T> withTimeFields(TimeFields<T> fields) {
    return new ViewBody<>(data, whenMissing, requireNonNull(fields, "'fields'"), unavailable);
  }

  ViewBody<T> withUnavailable(Function<Snapshot<T>, List<String>> fields) {
    return new ViewBody<>(data, whenMissing, timeFields, requireNonNull(fields, "'fields'"));
  }
}
