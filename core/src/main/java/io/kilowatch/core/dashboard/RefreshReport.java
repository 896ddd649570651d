package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.view.RefreshOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The result of a full refresh: one outcome per view, in registration order.
 *
 * @param startedAt when the refresh started
 * @param took how long it took until the last load ended
 * @param outcomes one per view
 */
public record RefreshReport(Instant startedAt, Duration took, List<RefreshOutcome> outcomes) {

  public RefreshReport {
    requireNonNull(startedAt, "'startedAt' must not be null");
    requireNonNull(took, "'took' must not be null");
    outcomes = List.copyOf(requireNonNull(outcomes, "'outcomes' must not be null"));
  }

  /** Whether every view holds a good value after the refresh. */
  public boolean allSucceeded() {
    return outcomes.stream().allMatch(outcome -> outcome.status().isSuccess());
  }

  /** The outcomes that did not succeed. */
  public List<RefreshOutcome> failures() {
    return outcomes.stream().filter(outcome -> !outcome.status().isSuccess()).toList();
  }
}
