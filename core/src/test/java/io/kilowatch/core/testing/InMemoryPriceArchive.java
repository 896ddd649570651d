package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.port.PriceArchive;
import io.kilowatch.core.port.PriceArchiveException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link PriceArchive} in a map, passing {@code PriceArchiveContract}. It can be told to fail, to
 * test what the core does when the archive is unreadable. Thread-safe.
 */
public final class InMemoryPriceArchive implements PriceArchive {

  private final Map<LocalDate, PriceDay> days = new ConcurrentHashMap<>();
  private final AtomicInteger finds = new AtomicInteger();
  private final AtomicInteger keeps = new AtomicInteger();
  private final AtomicInteger findsToFail = new AtomicInteger();
  private volatile boolean failing;

  @Override
  public Optional<PriceDay> find(LocalDate businessDate) {
    requireNonNull(businessDate, "'businessDate' must not be null");
    finds.incrementAndGet();
    if (failing || findsToFail.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
      throw new PriceArchiveException(
          "in-memory archive is set to fail (find " + businessDate + ")");
    }
    return Optional.ofNullable(days.get(businessDate));
  }

  @Override
  public void keep(PriceDay day) {
    requireNonNull(day, "'day' must not be null");
    if (failing) {
      throw new PriceArchiveException(
          "in-memory archive is set to fail (keep " + day.businessDate() + ")");
    }
    days.put(day.businessDate(), day);
    keeps.incrementAndGet();
  }

  /** Makes every call fail (true) or work again (false). */
  public void setFailing(boolean failing) {
    this.failing = failing;
  }

  /** Makes the next {@code count} finds fail. */
  public void failNextFinds(int count) {
    findsToFail.set(count);
  }

  /** How many finds were asked (failed ones too). */
  public int finds() {
    return finds.get();
  }

  /** How many keeps succeeded. */
  public int keeps() {
    return keeps.get();
  }
}
