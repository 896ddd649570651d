package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test moves it. Thread-safe. */
public final class MutableClock implements InstantSource {

  /** A fixed, arbitrary start: 2026-11-23 12:00 UTC. */
  public static final Instant DEFAULT_START = Instant.parse("2026-11-23T12:00:00Z");

  private final AtomicReference<Instant> now;

  private MutableClock(Instant start) {
    this.now = new AtomicReference<>(requireNonNull(start, "'start' must not be null"));
  }

  /** A clock at {@link #DEFAULT_START}. */
  public static MutableClock create() {
    return new MutableClock(DEFAULT_START);
  }

  /** A clock at {@code start}. */
  public static MutableClock at(Instant start) {
    return new MutableClock(start);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  /** Moves the clock forward (or back, for a negative amount). */
  public void advance(Duration amount) {
    requireNonNull(amount, "'amount' must not be null");
    now.updateAndGet(current -> current.plus(amount));
  }

  /** Sets the clock. */
  public void set(Instant instant) {
    now.set(requireNonNull(instant, "'instant' must not be null"));
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + "]";
  }
}
