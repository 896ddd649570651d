package io.kilowatch.core.port;

import io.kilowatch.core.energy.EnergyDownsampler;
import io.kilowatch.core.energy.EnergyReading;
import io.kilowatch.core.energy.TimeRange;
import java.time.Duration;
import java.util.List;

/**
 * The installation's energy time series as the coordinator's collector recorded it (its database's
 * {@code energy_data} table: one reading every 5 minutes).
 *
 * <p>The coordinator records naive local timestamps; implementations convert them with the
 * installation's time zone, so queries are by {@link java.time.Instant}. Units and signs are
 * normalised as {@link EnergyReading} documents (W, positive feeds the house); values a reading
 * lacks, including columns older schema versions did not have, are {@code null}.
 *
 * <p>Implementations must be safe for concurrent use. Calls may block on I/O; the core calls them
 * only from loaders. A query reads only the requested range (an index on the time).
 */
public interface EnergyHistory {

  /**
   * Every reading taken within {@code range} ({@code [from, to)}), oldest first.
   *
   * @param range the time range
   * @return the readings; never {@code null}, possibly empty
   * @throws EnergyHistoryException if the history cannot be read at all (single unreadable readings
   *     are skipped and logged, not thrown)
   */
  List<EnergyReading> readings(TimeRange range);

  /**
   * The readings within {@code range} downsampled into buckets of {@code step} aligned on the
   * range's start, as {@link EnergyDownsampler} defines: one point per non-empty bucket, timed at
   * the bucket's start, oldest first. Implementations may override this to downsample while
   * reading.
   *
   * @param range the time range
   * @param step the bucket length; positive
   * @return the points; never {@code null}, possibly empty
   * @throws EnergyHistoryException if the history cannot be read at all
   */
  default List<EnergyReading> readings(TimeRange range, Duration step) {
    EnergyDownsampler downsampler = new EnergyDownsampler(range.from(), step);
    readings(range).forEach(downsampler::add);
    return downsampler.result();
  }
}
