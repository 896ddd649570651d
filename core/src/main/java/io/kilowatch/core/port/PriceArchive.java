package io.kilowatch.core.port;

import io.kilowatch.core.energy.PriceDay;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Keeps published price days. A published day never changes, so once kept it is served from here
 * and never fetched from the {@link PriceSource} again.
 *
 * <p>Implementations are safe for concurrent use and replace a day atomically: a crash while
 * keeping leaves the earlier copy (or none), never a torn one. A stored copy that cannot be decoded
 * (corrupt or truncated) is reported in the log and treated as absent, so the day is fetched and
 * kept again; it never fails a caller. Calls may block on I/O; the core never calls them on a
 * reader's thread.
 */
public interface PriceArchive {

  /**
   * The kept price day of {@code businessDate}.
   *
   * @param businessDate the delivery day; never {@code null}
   * @return the day exactly as kept, or empty if none is kept (or the kept copy is unreadable)
   * @throws PriceArchiveException if the archive itself cannot be read (e.g. an I/O error other
   *     than a missing or corrupt copy)
   */
  Optional<PriceDay> find(LocalDate businessDate);

  /**
   * Keeps {@code day}, replacing any earlier copy of its business date.
   *
   * @param day a whole price day; never {@code null}
   * @throws PriceArchiveException if it cannot be written; an earlier copy is then left intact
   */
  void keep(PriceDay day);
}
