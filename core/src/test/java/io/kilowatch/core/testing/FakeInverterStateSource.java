package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.port.InverterStateException;
import io.kilowatch.core.port.InverterStateSource;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * An {@link InverterStateSource} that returns what the test recorded, or fails as told; passes
 * {@code InverterStateSourceContract}. Counts calls. Thread-safe.
 */
public final class FakeInverterStateSource implements InverterStateSource {

  private final AtomicInteger calls = new AtomicInteger();
  private volatile @Nullable InverterState reading;
  private volatile @Nullable String failure;

  @Override
  public InverterState current() {
    calls.incrementAndGet();
    String message = failure;
    if (message != null) {
      throw new InverterStateException(message);
    }
    InverterState current = reading;
    if (current == null) {
      throw new InverterStateException("no inverter reading was recorded");
    }
    return current;
  }

  /** Makes {@code reading} the newest one (and stops failing). */
  public void record(InverterState reading) {
    this.reading = requireNonNull(reading, "'reading' must not be null");
    this.failure = null;
  }

  /** Makes every call fail with {@code message} until the next {@link #record}. */
  public void failWith(String message) {
    this.failure = requireNonNull(message, "'message' must not be null");
  }

  /** How many times {@link #current()} was called. */
  public int calls() {
    return calls.get();
  }
}
