package io.kilowatch.http;

import static java.util.Objects.requireNonNull;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's clock in {@link DashboardPageTest}: the system clock (set back before 23:00 local,
 * see {@link PageDemo#CLEAR_OF_MIDNIGHT}), moved on by what the test {@linkplain #advance advanced}
 * it, so that time still passes (the view schedules run on real timers) and a test can skip minutes
 * at once. Thread-safe.
 */
@Singleton
@Replaces(InstantSource.class)
@Requires(property = "spec.name", value = "DashboardPageTest")
final class ShiftedClock implements InstantSource {

  private final Clock system = Clock.systemUTC();
  private final AtomicReference<Duration> shift = new AtomicReference<>(PageDemo.CLEAR_OF_MIDNIGHT);

  @Override
  public Instant instant() {
    return system.instant().plus(shift.get());
  }

  /** Moves the clock forward by {@code amount}. */
  void advance(Duration amount) {
    requireNonNull(amount, "'amount' must not be null");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("'amount' must not be negative, but was " + amount);
    }
    shift.updateAndGet(current -> current.plus(amount));
  }
}
