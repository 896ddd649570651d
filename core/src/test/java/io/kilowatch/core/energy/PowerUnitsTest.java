package io.kilowatch.core.energy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PowerUnitsTest {

  @Test
  void kilowattsToWatts_isExactForDecimalReadings() {
    assertThat(PowerUnits.kilowattsToWatts(2.184)).isEqualTo(2184.0);
    assertThat(PowerUnits.kilowattsToWatts(0.412)).isEqualTo(412.0);
    assertThat(PowerUnits.kilowattsToWatts(-1.692)).isEqualTo(-1692.0);
  }

  @Test
  void decisionPowerToWatts_readsSmallValuesAsKilowattsAndLargeOnesAsWatts() {
    assertThat(PowerUnits.decisionPowerToWatts(2.184)).isEqualTo(2184.0);
    assertThat(PowerUnits.decisionPowerToWatts(2184)).isEqualTo(2184.0);
    assertThat(PowerUnits.decisionPowerToWatts(50)).isEqualTo(50_000.0);
    assertThat(PowerUnits.decisionPowerToWatts(51)).isEqualTo(51.0);
    assertThat(PowerUnits.decisionPowerToWatts(0)).isEqualTo(0.0);
  }
}
