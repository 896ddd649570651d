package io.kilowatch.core.port;

import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.testing.DecisionHistoryContract;
import io.kilowatch.core.testing.InMemoryDecisionHistory;
import java.util.List;

class InMemoryDecisionHistoryTest extends DecisionHistoryContract {

  @Override
  protected DecisionHistory createHistory(List<Decision> recorded) {
    return InMemoryDecisionHistory.of(recorded);
  }
}
