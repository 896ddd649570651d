package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.DecisionKind;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.port.DecisionHistory;
import io.kilowatch.core.port.DecisionHistoryException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link DecisionHistory} in a list, passing {@code DecisionHistoryContract}. It can be told to
 * fail. Thread-safe.
 */
public final class InMemoryDecisionHistory implements DecisionHistory {

  private final List<Decision> decisions = new CopyOnWriteArrayList<>();
  private volatile boolean failing;

  /** A history holding {@code decisions}. */
  public static InMemoryDecisionHistory of(List<? extends Decision> decisions) {
    InMemoryDecisionHistory history = new InMemoryDecisionHistory();
    decisions.forEach(history::record);
    return history;
  }

  @Override
  public List<Decision> decisions(TimeRange range, Set<DecisionKind> kinds) {
    requireNonNull(range, "'range' must not be null");
    requireNonNull(kinds, "'kinds' must not be null");
    if (failing) {
      throw new DecisionHistoryException("in-memory decision history is set to fail");
    }
    return decisions.stream()
        .filter(decision -> kinds.contains(decision.kind()) && range.contains(decision.at()))
        .sorted(Comparator.comparing(Decision::at))
        .toList();
  }

  /** Adds a decision. */
  public void record(Decision decision) {
    decisions.add(requireNonNull(decision, "'decision' must not be null"));
  }

  /** Makes every query fail (true) or work again (false). */
  public void setFailing(boolean failing) {
    this.failing = failing;
  }
}
