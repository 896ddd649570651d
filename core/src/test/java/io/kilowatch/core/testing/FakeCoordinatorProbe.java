package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.port.CoordinatorProbe;
import io.kilowatch.core.port.CoordinatorProbeException;
import io.kilowatch.core.port.CoordinatorStatus;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CoordinatorProbe} reporting what the test says; passes {@code CoordinatorProbeContract}.
 * Starts with no coordinator running. Counts calls. Thread-safe.
 */
public final class FakeCoordinatorProbe implements CoordinatorProbe {

  private final AtomicInteger calls = new AtomicInteger();
  private volatile CoordinatorStatus status = CoordinatorStatus.NOT_RUNNING;
  private volatile @Nullable String failure;

  @Override
  public CoordinatorStatus status() {
    calls.incrementAndGet();
    String message = failure;
    if (message != null) {
      throw new CoordinatorProbeException(message);
    }
    return status;
  }

  /** The coordinator now runs as {@code pid} (and the probe stops failing). */
  public void running(long pid) {
    status = CoordinatorStatus.runningAs(pid);
    failure = null;
  }

  /** The coordinator is gone (and the probe stops failing). */
  public void stopped() {
    status = CoordinatorStatus.NOT_RUNNING;
    failure = null;
  }

  /** Every call fails with {@code message} until {@link #running} or {@link #stopped}. */
  public void failWith(String message) {
    failure = requireNonNull(message, "'message' must not be null");
  }

  /** How many times {@link #status()} was called. */
  public int calls() {
    return calls.get();
  }
}
