package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UptimeFormatTest {

  @Test
  void human_writesTheLargestUnitAndTheNextWhenNotZero_asTheReference() {
    assertThat(UptimeFormat.human(0)).isEqualTo("0s");
    assertThat(UptimeFormat.human(59.9)).isEqualTo("59s");
    assertThat(UptimeFormat.human(60)).isEqualTo("1m");
    assertThat(UptimeFormat.human(61)).isEqualTo("1m 1s");
    assertThat(UptimeFormat.human(3_600)).isEqualTo("1h");
    assertThat(UptimeFormat.human(3_660)).isEqualTo("1h 1m");
    assertThat(UptimeFormat.human(86_400)).isEqualTo("1d");
    assertThat(UptimeFormat.human(90_000)).isEqualTo("1d 1h");
    assertThat(UptimeFormat.human(3 * 86_400 + 59)).isEqualTo("3d");
  }

  @Test
  void human_refusesNegativeAndNaN() {
    assertThatThrownBy(() -> UptimeFormat.human(-1)).hasMessageContaining("'seconds'");
    assertThatThrownBy(() -> UptimeFormat.human(Double.NaN)).hasMessageContaining("NaN");
  }
}
