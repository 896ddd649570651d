package io.kilowatch.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.port.CoordinatorProbe;
import io.kilowatch.core.port.CoordinatorStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CoordinatorProbe} must do. An implementation's test extends this class,
 * supplies a probe and a way to start (and stop) something the probe must recognise as the
 * coordinator; nothing else the probe would recognise may run meanwhile.
 */
public abstract class CoordinatorProbeContract {

  /** A coordinator started by the test. */
  protected interface RunningCoordinator {

    /** Its process id. */
    long pid();

    /** Stops it and returns once it is gone. */
    void stop() throws Exception;
  }

  private final List<RunningCoordinator> started = new ArrayList<>();
  private CoordinatorProbe probe;

  /** A probe recognising what {@link #startCoordinator()} starts. */
  protected abstract CoordinatorProbe createProbe() throws Exception;

  /** Starts a coordinator; returns once it runs. */
  protected abstract RunningCoordinator startCoordinator() throws Exception;

  @BeforeEach
  void createTheProbe() throws Exception {
    probe = createProbe();
  }

  @AfterEach
  void stopEveryCoordinator() throws Exception {
    for (RunningCoordinator coordinator : started) {
      coordinator.stop();
    }
  }

  @Test
  void status_whenNoCoordinatorRuns_isNotRunning() {
    assertThat(probe.status()).isEqualTo(CoordinatorStatus.NOT_RUNNING);
  }

  @Test
  void status_whileACoordinatorRuns_reportsItsPid() throws Exception {
    RunningCoordinator coordinator = start();

    assertThat(probe.status()).isEqualTo(CoordinatorStatus.runningAs(coordinator.pid()));
  }

  @Test
  void status_askedAgainWhileItRuns_reportsTheSamePid() throws Exception {
    RunningCoordinator coordinator = start();
    CoordinatorStatus first = probe.status();

    assertThat(probe.status()).isEqualTo(first);
    assertThat(first.runningPid()).hasValue(coordinator.pid());
  }

  @Test
  void status_afterTheCoordinatorStopped_isNotRunning() throws Exception {
    RunningCoordinator coordinator = start();
    assertThat(probe.status().running()).isTrue();

    coordinator.stop();

    assertThat(probe.status()).isEqualTo(CoordinatorStatus.NOT_RUNNING);
  }

  private RunningCoordinator start() throws Exception {
    RunningCoordinator coordinator = startCoordinator();
    started.add(coordinator);
    return coordinator;
  }
}
