package io.kilowatch.storage;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.EnergyDownsampler;
import io.kilowatch.core.energy.EnergyReading;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.port.EnergyHistory;
import io.kilowatch.core.port.EnergyHistoryException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The coordinator's energy time series, read from its SQLite database's {@code energy_data} table
 * (schema versions 1–4: the counters and tariff zone of version 4 are {@code null} before it).
 *
 * <p>Units as stored (W, %, V, A, °C, kWh); the grid power is negated so that positive means
 * importing, as {@link EnergyReading} defines. {@code pv_generation_total_kwh} is, despite its
 * name, the PV energy of the day, and becomes {@link EnergyReading#pvProducedTodayKwh()}.
 * Downsampling streams the rows into the buckets without holding them. One query per call, a range
 * search of the table's primary key; rows with an unreadable timestamp are skipped and logged once
 * per query. Thread-safe.
 */
public final class JdbiEnergyHistory implements EnergyHistory {

  private static final System.Logger LOG = System.getLogger(JdbiEnergyHistory.class.getName());

  private final Jdbi jdbi;
  private final CoordinatorTimestamps timestamps;

  /**
   * @param jdbi the coordinator's database; open it read-only (see {@link #readOnly})
   * @param zone the zone of the coordinator's host: its timestamps are that zone's local time
   */
  public JdbiEnergyHistory(Jdbi jdbi, ZoneId zone) {
    this.jdbi = requireNonNull(jdbi, "'jdbi' must not be null");
    this.timestamps = new CoordinatorTimestamps(zone);
  }

  /**
   * The energy readings in the coordinator's database {@code file}, opened read-only with a busy
   * timeout (a query is abandoned after twice that).
   *
   * @param busyTimeout how long a read waits for the coordinator's writer; the coordinator uses 5 s
   */
  public static JdbiEnergyHistory readOnly(Path file, ZoneId zone, Duration busyTimeout) {
    return new JdbiEnergyHistory(CoordinatorDatabase.readOnly(file, busyTimeout), zone);
  }

  @Override
  public List<EnergyReading> readings(TimeRange range) {
    requireNonNull(range, "'range' must not be null");
    List<EnergyReading> readings = new ArrayList<>();
    read(range, readings::add);
    readings.sort(Comparator.comparing(EnergyReading::at));
    return readings;
  }

  @Override
  public List<EnergyReading> readings(TimeRange range, Duration step) {
    requireNonNull(range, "'range' must not be null");
    EnergyDownsampler downsampler = new EnergyDownsampler(range.from(), step);
    read(range, downsampler::add);
    return downsampler.result();
  }

  private void read(TimeRange range, Consumer<EnergyReading> sink) {
    if (range.isEmpty()) {
      return;
    }
    CoordinatorTimestamps.Bounds bounds = timestamps.widened(range);
    int[] unreadable = {0};
    try {
      jdbi.useHandle(
          handle ->
              EnergyDao.between(
                  handle,
                  bounds.from(),
                  bounds.to(),
                  row -> {
                    Optional<Instant> at =
                        row.timestamp() == null
                            ? Optional.empty()
                            : timestamps.parse(row.timestamp());
                    if (at.isEmpty()) {
                      unreadable[0]++;
                    } else if (range.contains(at.get())) {
                      sink.accept(row.toReading(at.get()));
                    }
                  }));
    } catch (JdbiException e) {
      throw new EnergyHistoryException(
          "cannot read the coordinator's energy data from "
              + range
              + ": "
              + Failures.rootMessage(e),
          e);
    }
    if (unreadable[0] > 0) {
      LOG.log(
          Level.WARNING,
          "skipped " + unreadable[0] + " energy readings in " + range + " with an unreadable time");
    }
  }
}
