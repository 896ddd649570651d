package io.kilowatch.core.port;

import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.testing.FakeInverterStateSource;
import io.kilowatch.core.testing.InverterStateSourceContract;

class FakeInverterStateSourceTest extends InverterStateSourceContract {

  private final FakeInverterStateSource source = new FakeInverterStateSource();

  @Override
  protected InverterStateSource createSource() {
    return source;
  }

  @Override
  protected void record(InverterState reading) {
    source.record(reading);
  }
}
