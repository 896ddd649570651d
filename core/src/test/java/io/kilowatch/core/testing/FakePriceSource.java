package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.port.PriceSource;
import io.kilowatch.core.port.PriceSourceException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A scriptable {@link PriceSource}, passing {@code PriceSourceContract}: publish days, make the
 * next calls (or all) fail, and read back every call. Thread-safe.
 */
public final class FakePriceSource implements PriceSource {

  private final Map<LocalDate, PriceDay> published = new HashMap<>();
  private final Deque<String> nextFailures = new ArrayDeque<>();
  private final List<LocalDate> calls = new ArrayList<>();
  private @Nullable String failingWith;

  /** From now on, {@link #fetch} of the day's date returns it. */
  public synchronized FakePriceSource publish(PriceDay day) {
    requireNonNull(day, "'day' must not be null");
    published.put(day.businessDate(), day);
    return this;
  }

  /** The next call fails with a {@link PriceSourceException} carrying {@code message}. */
  public synchronized FakePriceSource failNext(String message) {
    nextFailures.add(requireNonNull(message, "'message' must not be null"));
    return this;
  }

  /** Every call fails with {@code message} until {@link #recover()}. */
  public synchronized FakePriceSource failAlways(String message) {
    failingWith = requireNonNull(message, "'message' must not be null");
    return this;
  }

  /** Calls work again (queued {@link #failNext} failures stay queued). */
  public synchronized FakePriceSource recover() {
    failingWith = null;
    return this;
  }

  @Override
  public synchronized Optional<PriceDay> fetch(LocalDate businessDate) {
    requireNonNull(businessDate, "'businessDate' must not be null");
    calls.add(businessDate);
    String failure = nextFailures.poll();
    if (failure == null) {
      failure = failingWith;
    }
    if (failure != null) {
      throw new PriceSourceException(failure);
    }
    return Optional.ofNullable(published.get(businessDate));
  }

  /** Every date asked for, in order. */
  public synchronized List<LocalDate> calls() {
    return List.copyOf(calls);
  }

  /** How many calls asked for {@code date}. */
  public synchronized long callsFor(LocalDate date) {
    return calls.stream().filter(date::equals).count();
  }
}
