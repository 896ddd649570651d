package io.kilowatch.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoordinatorStatusTest {

  @Test
  void runningAs_carriesThePid() {
    assertThat(CoordinatorStatus.runningAs(1234).runningPid()).hasValue(1234);
  }

  @Test
  void notRunning_hasNoPid() {
    assertThat(CoordinatorStatus.NOT_RUNNING.runningPid()).isEmpty();
  }

  @Test
  void running_withoutAPositivePid_isRefused() {
    assertThatThrownBy(() -> CoordinatorStatus.runningAs(0)).hasMessageContaining("'pid'");
  }
}
