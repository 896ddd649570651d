package io.kilowatch.core.port;

import io.kilowatch.core.energy.EnergyReading;
import io.kilowatch.core.testing.EnergyHistoryContract;
import io.kilowatch.core.testing.InMemoryEnergyHistory;
import java.util.List;

class InMemoryEnergyHistoryTest extends EnergyHistoryContract {

  @Override
  protected EnergyHistory createHistory(List<EnergyReading> recorded) {
    return InMemoryEnergyHistory.of(recorded);
  }
}
