package io.kilowatch.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

  private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void contains_includesFromAndExcludesTo() {
    TimeRange hour = new TimeRange(T, T.plus(Duration.ofHours(1)));

    assertThat(hour.contains(T)).isTrue();
    assertThat(hour.contains(T.plus(Duration.ofHours(1)))).isFalse();
    assertThat(hour.contains(T.minusNanos(1))).isFalse();
  }

  @Test
  void endingAt_spansTheLengthBeforeTheEnd() {
    assertThat(TimeRange.endingAt(T, Duration.ofDays(7)))
        .isEqualTo(new TimeRange(T.minus(Duration.ofDays(7)), T));
  }

  @Test
  void new_withToBeforeFrom_isRefusedNamingBoth() {
    assertThatThrownBy(() -> new TimeRange(T, T.minusSeconds(1)))
        .hasMessageContaining("'to'")
        .hasMessageContaining("'from'");
  }
}
