package io.kilowatch.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.energy.TimeRange;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinatorTimestampsTest {

  private final CoordinatorTimestamps timestamps =
      new CoordinatorTimestamps(ZoneId.of("Europe/Warsaw"));

  @ParameterizedTest
  @CsvSource({
    "2025-11-18T02:15:04.318722, 2025-11-18T01:15:04.318722Z",
    "2025-11-18T02:15:04, 2025-11-18T01:15:04Z",
    "2025-11-18 02:15:04, 2025-11-18T01:15:04Z",
    "2025-11-18T02:15, 2025-11-18T01:15:00Z",
    "2025-11-18T02:15:04.3, 2025-11-18T01:15:04.300Z",
    "2025-11-18T02:15:04.318722123, 2025-11-18T01:15:04.318722123Z",
    "2025-11-18T02:15:04Z, 2025-11-18T02:15:04Z",
    "2025-11-18T02:15:04.5+02:00, 2025-11-18T00:15:04.5Z",
    "2026-07-01T12:00:00, 2026-07-01T10:00:00Z",
    // the repeated autumn hour: the earlier offset
    "2026-10-25T02:30:00, 2026-10-25T00:30:00Z",
    // the skipped spring hour: moved forward by the gap
    "2026-03-29T02:30:00, 2026-03-29T01:30:00Z"
  })
  void parse_readsEveryFormatInTheConfiguredZone(String text, String instant) {
    assertThat(timestamps.parse(text)).contains(Instant.parse(instant));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2025-13-18T02:15:04", "2025-11-18T25:15:04.000000"})
  void parse_ofNoTimestamp_isEmpty(String text) {
    assertThat(timestamps.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "2025-11-18T01:15:04.318722Z, 2025-11-18T02:15:04.318722",
    "2025-11-18T01:15:04Z, 2025-11-18T02:15:04",
    "2025-11-18T01:15:04.000000999Z, 2025-11-18T02:15:04"
  })
  void format_writesAsPythonsIsoformat(String instant, String text) {
    assertThat(timestamps.format(Instant.parse(instant))).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-11-18 23:59:59",
        "2025-11-18 00:00:00",
        "2025-11-18T00:00:00Z",
        "2025-11-18T23:30:00-00:30",
        "2025-11-18T01:30:00+02:00",
        "2025-11-18T10:00"
      })
  void widened_holdsRowsOfOtherFormatsWithinTheRange(String text) {
    Instant at = timestamps.parse(text).orElseThrow();
    TimeRange range = new TimeRange(at, at.plusSeconds(1));

    CoordinatorTimestamps.Bounds bounds = timestamps.widened(range);

    assertThat(text).isGreaterThanOrEqualTo(bounds.from()).isLessThan(bounds.to());
  }
}
