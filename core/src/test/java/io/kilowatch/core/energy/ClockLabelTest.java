package io.kilowatch.core.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ClockLabelTest {

  @Test
  void of_tagsTheSecondPassOfTheRepeatedAutumnHour() {
    ZonedDateTime firstPass = Instant.parse("2024-10-27T00:15:00Z").atZone(PriceDay.WARSAW);
    ZonedDateTime secondPass = Instant.parse("2024-10-27T01:15:00Z").atZone(PriceDay.WARSAW);
    ZonedDateTime after = Instant.parse("2024-10-27T02:15:00Z").atZone(PriceDay.WARSAW);

    assertThat(ClockLabel.of(firstPass)).isEqualTo("02:15");
    assertThat(ClockLabel.of(secondPass)).isEqualTo("02a:15");
    assertThat(ClockLabel.of(after)).isEqualTo("03:15");
    assertThat(ClockLabel.isSecondPass(secondPass)).isTrue();
    assertThat(ClockLabel.isSecondPass(firstPass)).isFalse();
  }

  @Test
  void of_anOrdinaryTime_isHoursAndMinutes() {
    ZonedDateTime noon = Instant.parse("2025-03-30T10:45:00Z").atZone(PriceDay.WARSAW);

    assertThat(ClockLabel.of(noon)).isEqualTo("12:45");
  }
}
