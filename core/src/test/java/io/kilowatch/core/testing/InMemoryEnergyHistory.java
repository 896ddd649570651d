package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.EnergyReading;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.port.EnergyHistory;
import io.kilowatch.core.port.EnergyHistoryException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link EnergyHistory} in a list, passing {@code EnergyHistoryContract}. It can be told to
 * fail, and counts queries. Thread-safe.
 */
public final class InMemoryEnergyHistory implements EnergyHistory {

  private final List<EnergyReading> readings = new CopyOnWriteArrayList<>();
  private final AtomicInteger queries = new AtomicInteger();
  private volatile boolean failing;

  /** A history holding {@code readings}. */
  public static InMemoryEnergyHistory of(List<EnergyReading> readings) {
    InMemoryEnergyHistory history = new InMemoryEnergyHistory();
    readings.forEach(history::record);
    return history;
  }

  @Override
  public List<EnergyReading> readings(TimeRange range) {
    requireNonNull(range, "'range' must not be null");
    queries.incrementAndGet();
    if (failing) {
      throw new EnergyHistoryException("in-memory energy history is set to fail");
    }
    return readings.stream()
        .filter(reading -> range.contains(reading.at()))
        .sorted(Comparator.comparing(EnergyReading::at))
        .toList();
  }

  /** Adds a reading. */
  public void record(EnergyReading reading) {
    readings.add(requireNonNull(reading, "'reading' must not be null"));
  }

  /** Makes every query fail (true) or work again (false). */
  public void setFailing(boolean failing) {
    this.failing = failing;
  }

  /** How many queries were made. */
  public int queries() {
    return queries.get();
  }
}
