package io.kilowatch.storage;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.port.InverterStateException;
import io.kilowatch.core.port.InverterStateSource;
import io.kilowatch.storage.StateDao.StateRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The newest inverter reading the coordinator saved in its SQLite database: the {@code
 * current_data} of the newest {@code system_state} row (the coordinator saves one about every
 * minute). An alternative to the coordinator's state files, for installations that have its
 * database (from December 2025 on).
 *
 * <p>The reading's time is {@code current_data.timestamp}, when the inverter was read, not the
 * row's own time (a coordinator that lost its inverter goes on saving the old reading; the view's
 * age then shows it). The mode is the row's {@code state}. Unknown values ({@code "Unknown"},
 * missing) are {@code null}; units and signs as {@link InverterState} defines. One query per call,
 * on a connection of its own. Thread-safe.
 */
public final class JdbiInverterStateSource implements InverterStateSource {

  private final Jdbi jdbi;
  private final CoordinatorTimestamps timestamps;

  /**
   * @param jdbi the coordinator's database; open it read-only (see {@link #readOnly})
   * @param zone the zone of the coordinator's host: its timestamps are that zone's local time
   */
  public JdbiInverterStateSource(Jdbi jdbi, ZoneId zone) {
    this.jdbi = requireNonNull(jdbi, "'jdbi' must not be null");
    this.timestamps = new CoordinatorTimestamps(zone);
  }

  /**
   * The newest reading in the coordinator's database {@code file}, opened read-only with a busy
   * timeout (a query is abandoned after twice that).
   *
   * @param busyTimeout how long a read waits for the coordinator's writer; the coordinator uses 5 s
   */
  public static JdbiInverterStateSource readOnly(Path file, ZoneId zone, Duration busyTimeout) {
    return new JdbiInverterStateSource(CoordinatorDatabase.readOnly(file, busyTimeout), zone);
  }

  @Override
  public InverterState current() {
    Optional<StateRow> newest;
    try {
      newest = jdbi.withHandle(StateDao::newest);
    } catch (JdbiException e) {
      throw new InverterStateException(
          "cannot read the coordinator's state from its database: " + Failures.rootMessage(e), e);
    }
    StateRow row =
        newest.orElseThrow(
            () -> new InverterStateException("the coordinator's database holds no state yet"));
    StateDao.Reading reading = row.reading();
    if (reading == null) {
      throw new InverterStateException(
          "the coordinator's newest state (saved "
              + row.savedAt()
              + ") carries no inverter reading");
    }
    Instant readAt =
        parse(row.readAt())
            .or(() -> parse(row.savedAt()))
            .orElseThrow(
                () ->
                    new InverterStateException(
                        "the coordinator's newest state has no readable time (saved '"
                            + row.savedAt()
                            + "')"));
    return reading.at(readAt, row.mode() == null ? InverterState.UNKNOWN_MODE : row.mode());
  }

  private Optional<Instant> parse(String text) {
    return text == null ? Optional.empty() : timestamps.parse(text);
  }
}
