package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PageDemoTest {

  @Test
  void clearOfMidnight_isZeroDuringTheDay() {
    assertThat(PageDemo.clearOfMidnight(at(2026, 11, 23, 12, 0))).isZero();
    assertThat(PageDemo.clearOfMidnight(at(2026, 11, 23, 0, 5))).isZero();
    assertThat(PageDemo.clearOfMidnight(at(2026, 11, 23, 22, 59))).isZero();
  }

  @Test
  void clearOfMidnight_fromElevenPm_goesBackToTenPm() {
    assertThat(PageDemo.clearOfMidnight(at(2026, 11, 23, 23, 0))).isEqualTo(Duration.ofHours(-1));
    assertThat(PageDemo.clearOfMidnight(at(2026, 11, 23, 23, 59)))
        .isEqualTo(Duration.ofMinutes(-119));
  }

  private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(PageDemo.ZONE).toInstant();
  }
}
