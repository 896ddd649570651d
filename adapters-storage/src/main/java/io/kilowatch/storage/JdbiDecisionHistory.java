package io.kilowatch.storage;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.DecisionKind;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.port.DecisionHistory;
import io.kilowatch.core.port.DecisionHistoryException;
import io.kilowatch.storage.DecisionDao.DecisionRow;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The coordinator's decisions, read from its SQLite database's {@code coordinator_decisions} table
 * (schema versions 1–4, rows of every era: power in W or kW, figures missing, {@code decision_type}
 * NULL).
 *
 * <p>A row is a selling decision when its action or {@code decision_type} is {@code
 * battery_selling}, otherwise a charging decision. Timestamps are the coordinator's naive local
 * time, read in the zone given here. One query per call, a range search of the coordinator's {@code
 * idx_decisions_timestamp}, on a connection of its own. Rows with an unreadable timestamp are
 * skipped and rows with unreadable parameters kept without figures; both are logged once per query.
 * Thread-safe.
 */
public final class JdbiDecisionHistory implements DecisionHistory {

  private static final System.Logger LOG = System.getLogger(JdbiDecisionHistory.class.getName());

  private final Jdbi jdbi;
  private final CoordinatorTimestamps timestamps;

  /**
   * @param jdbi the coordinator's database; open it read-only (see {@link #readOnly})
   * @param zone the zone of the coordinator's host: its timestamps are that zone's local time
   */
  public JdbiDecisionHistory(Jdbi jdbi, ZoneId zone) {
    this.jdbi = requireNonNull(jdbi, "'jdbi' must not be null");
    this.timestamps = new CoordinatorTimestamps(zone);
  }

  /**
   * The decisions in the coordinator's database {@code file}, opened read-only with a busy timeout
   * (a query is abandoned after twice that).
   *
   * @param busyTimeout how long a read waits for the coordinator's writer; the coordinator uses 5 s
   */
  public static JdbiDecisionHistory readOnly(Path file, ZoneId zone, Duration busyTimeout) {
    return new JdbiDecisionHistory(CoordinatorDatabase.readOnly(file, busyTimeout), zone);
  }

  @Override
  public List<Decision> decisions(TimeRange range, Set<DecisionKind> kinds) {
    requireNonNull(range, "'range' must not be null");
    requireNonNull(kinds, "'kinds' must not be null");
    if (kinds.isEmpty() || range.isEmpty()) {
      return List.of();
    }
    CoordinatorTimestamps.Bounds bounds = timestamps.widened(range);
    List<DecisionRow> rows;
    try {
      rows = jdbi.withHandle(handle -> DecisionDao.between(handle, bounds.from(), bounds.to()));
    } catch (JdbiException e) {
      throw new DecisionHistoryException(
          "cannot read the coordinator's decisions from " + range + ": " + Failures.rootMessage(e),
          e);
    }
    List<Decision> decisions = new ArrayList<>();
    Skipped skipped = new Skipped();
    for (DecisionRow row : rows) {
      Optional<Instant> at =
          row.timestamp() == null ? Optional.empty() : timestamps.parse(row.timestamp());
      if (at.isEmpty()) {
        skipped.timestamp(row.timestamp());
        continue;
      }
      if (!range.contains(at.get())) {
        continue;
      }
      if (row.unreadableParameters()) {
        skipped.parameters(row.timestamp());
      }
      Decision decision;
      try {
        decision = row.toDecision(at.get());
      } catch (IllegalArgumentException e) {
        skipped.timestamp(row.timestamp() + " (" + e.getMessage() + ")");
        continue;
      }
      if (kinds.contains(decision.kind())) {
        decisions.add(decision);
      }
    }
    skipped.log(range);
    decisions.sort(Comparator.comparing(Decision::at));
    return decisions;
  }

  /** Counts rows that could not be read fully, for one log line per query. */
  private static final class Skipped {
    private int timestamps;
    private String timestampExample = "";
    private int parameters;
    private String parametersExample = "";

    void timestamp(String text) {
      if (timestamps++ == 0) {
        timestampExample = String.valueOf(text);
      }
    }

    void parameters(String text) {
      if (parameters++ == 0) {
        parametersExample = text;
      }
    }

    void log(TimeRange range) {
      if (timestamps > 0) {
        LOG.log(
            Level.WARNING,
            "skipped "
                + timestamps
                + " coordinator decisions in "
                + range
                + " that could not be read (a bad timestamp or value), e.g. '"
                + timestampExample
                + "'");
      }
      if (parameters > 0) {
        LOG.log(
            Level.WARNING,
            parameters
                + " coordinator decisions in "
                + range
                + " have unreadable parameters and no figures, e.g. the one at "
                + parametersExample);
      }
    }
  }
}
