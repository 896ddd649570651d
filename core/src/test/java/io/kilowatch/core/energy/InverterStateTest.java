package io.kilowatch.core.energy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.energy.InverterState.Battery;
import io.kilowatch.core.energy.InverterState.Grid;
import org.junit.jupiter.api.Test;

class InverterStateTest {

  @Test
  void battery_withASocAbove100_isRefusedNamingTheValue() {
    assertThatThrownBy(() -> new Battery(101.0, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'socPercent'")
        .hasMessageContaining("101.0");
  }

  @Test
  void grid_withANonFinitePower_isRefused() {
    assertThatThrownBy(() -> new Grid(Double.NaN, null, null, null, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'powerW'");
  }
}
