package io.kilowatch.core.port;

import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.DecisionKind;
import io.kilowatch.core.energy.TimeRange;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The decisions the coordinator recorded: its decision files (before it had a database) or its
 * database's decision table.
 *
 * <p>The coordinator records naive local timestamps; implementations convert them to instants with
 * the installation's time zone, so queries are by {@link java.time.Instant}. Fields a store did not
 * keep are {@code null} in the records (see {@link io.kilowatch.core.energy.ChargingDecision}).
 * Counting by what decisions did uses {@link io.kilowatch.core.energy.DecisionCategory}, the one
 * rule shared by all implementations.
 *
 * <p>Implementations must be safe for concurrent use. Calls may block on I/O; the core calls them
 * only from loaders. A query should not cost more than the range asks for (an index, or file names
 * carrying the time).
 */
public interface DecisionHistory {

  /**
   * The decisions of the given kinds made within {@code range} ({@code [from, to)}), oldest first
   * (ties in no particular order).
   *
   * @param range the time range
   * @param kinds which engines' decisions; empty gives an empty list
   * @return the decisions; never {@code null}, possibly empty
   * @throws DecisionHistoryException if the history cannot be read at all (single unreadable
   *     records are skipped and logged, not thrown)
   */
  List<Decision> decisions(TimeRange range, Set<DecisionKind> kinds);

  /**
   * All decisions made within {@code range}, oldest first; see {@link #decisions(TimeRange, Set)}.
   */
  default List<Decision> decisions(TimeRange range) {
    return decisions(range, EnumSet.allOf(DecisionKind.class));
  }
}
