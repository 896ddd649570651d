package io.kilowatch.core.port;

import io.kilowatch.core.energy.PriceDay;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where day-ahead market prices come from (the PSE reports API). Prices are per delivery day
 * (business date) in PLN/MWh; a day's prices are published once, on the afternoon before it (around
 * 14:00 Polish time), and never change afterwards.
 *
 * <p>Implementations are safe for concurrent use. Calls block on I/O for at most the
 * implementation's own timeouts (including any retries); the core calls them on a loader's worker
 * thread, never on a reader's, and interrupts a call that outlives the view's load timeout.
 */
public interface PriceSource {

  /**
   * The whole price day of {@code businessDate}.
   *
   * @param businessDate the delivery day, a local date in Poland; never {@code null}
   * @return the day with every period (96 quarters, 92 or 100 on daylight-saving days, or hourly
   *     periods); empty if the source has no prices for that day (not published yet, or before the
   *     source's data range). Never a partial day.
   * @throws PriceSourceException if the source cannot be reached, refuses the request or answers
   *     with something that is not a whole, well-formed day of that date; the message names what
   *     was wrong
   */
  Optional<PriceDay> fetch(LocalDate businessDate);
}
