package io.kilowatch.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RefreshScheduleTest {

  private final RefreshSchedule schedule =
      new RefreshSchedule(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(1));

  @Test
  void backoffAfter_withFullJitter_doublesPerFailureUpToTheInterval() {
    double full = Math.nextDown(1.0);

    assertThat(schedule.backoffAfter(1, full))
        .isCloseTo(Duration.ofSeconds(1), Duration.ofMillis(1));
    assertThat(schedule.backoffAfter(2, full))
        .isCloseTo(Duration.ofSeconds(2), Duration.ofMillis(1));
    assertThat(schedule.backoffAfter(3, full))
        .isCloseTo(Duration.ofSeconds(4), Duration.ofMillis(1));
    assertThat(schedule.backoffAfter(5, full))
        .isCloseTo(Duration.ofSeconds(16), Duration.ofMillis(1));
    assertThat(schedule.backoffAfter(6, full))
        .isCloseTo(Duration.ofSeconds(30), Duration.ofMillis(1));
    assertThat(schedule.backoffAfter(1_000_000, full)).isLessThanOrEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void backoffAfter_withNoJitter_isHalfTheBackoff() {
    assertThat(schedule.backoffAfter(3, 0.0)).isEqualTo(Duration.ofSeconds(2));
    assertThat(schedule.backoffAfter(10, 0.0)).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void backoffAfter_forAnyJitter_staysWithinHalfAndAllOfTheCappedBackoff() {
    for (double jitter = 0; jitter < 1; jitter += 0.01) {
      for (int failures = 1; failures < 70; failures++) {
        Duration delay = schedule.backoffAfter(failures, jitter);
        assertThat(delay).isPositive().isLessThanOrEqualTo(schedule.interval());
      }
    }
  }

  @Test
  void backoffAfter_withJitterOutsideTheUnitInterval_isRefused() {
    assertThatThrownBy(() -> schedule.backoffAfter(1, 1.0))
        .hasMessage("'jitter' must be in [0, 1), but was 1.0");
    assertThatThrownBy(() -> schedule.backoffAfter(0, 0.5))
        .hasMessage("'consecutiveFailures' must be at least 1, but was 0");
  }

  @Test
  void clampedTo_movesTheIntervalIntoTheRange() {
    RefreshSchedule fast = RefreshSchedule.every(Duration.ofSeconds(2));
    RefreshSchedule slow = RefreshSchedule.every(Duration.ofHours(2));

    assertThat(fast.clampedTo(Duration.ofSeconds(10), Duration.ofSeconds(600)).interval())
        .isEqualTo(Duration.ofSeconds(10));
    assertThat(slow.clampedTo(Duration.ofSeconds(10), Duration.ofSeconds(600)).interval())
        .isEqualTo(Duration.ofSeconds(600));
    assertThat(schedule.clampedTo(Duration.ofSeconds(10), Duration.ofSeconds(600)))
        .isEqualTo(schedule);
  }

  @Test
  void every_usesDefaultsNoLongerThanTheInterval() {
    RefreshSchedule everyMinute = RefreshSchedule.every(Duration.ofMinutes(1));
    RefreshSchedule everyHalfSecond = RefreshSchedule.every(Duration.ofMillis(500));

    assertThat(everyMinute.loadTimeout()).isEqualTo(RefreshSchedule.DEFAULT_LOAD_TIMEOUT);
    assertThat(everyMinute.initialBackoff()).isEqualTo(RefreshSchedule.DEFAULT_INITIAL_BACKOFF);
    assertThat(everyHalfSecond.loadTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(everyHalfSecond.initialBackoff()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void new_withBadDurations_namesTheArgumentAndValue() {
    assertThatThrownBy(
            () -> new RefreshSchedule(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .hasMessage("'interval' must be positive, but was PT0S");
    assertThatThrownBy(
            () ->
                new RefreshSchedule(
                    Duration.ofSeconds(5), Duration.ofSeconds(-1), Duration.ofSeconds(1)))
        .hasMessage("'loadTimeout' must be positive, but was PT-1S");
    assertThatThrownBy(
            () ->
                new RefreshSchedule(
                    Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(6)))
        .hasMessage("'initialBackoff' (PT6S) must not be longer than 'interval' (PT5S)");
    assertThatThrownBy(() -> schedule.clampedTo(Duration.ofSeconds(10), Duration.ofSeconds(5)))
        .hasMessage("'maximum' (PT5S) must not be shorter than 'minimum' (PT10S)");
  }
}
