package io.kilowatch.core.port;

import io.kilowatch.core.testing.CoordinatorProbeContract;
import io.kilowatch.core.testing.FakeCoordinatorProbe;

class FakeCoordinatorProbeTest extends CoordinatorProbeContract {

  private final FakeCoordinatorProbe probe = new FakeCoordinatorProbe();

  @Override
  protected CoordinatorProbe createProbe() {
    return probe;
  }

  @Override
  protected RunningCoordinator startCoordinator() {
    probe.running(4242);
    return new RunningCoordinator() {
      @Override
      public long pid() {
        return 4242;
      }

      @Override
      public void stop() {
        probe.stopped();
      }
    };
  }
}
