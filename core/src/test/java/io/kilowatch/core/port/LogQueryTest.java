package io.kilowatch.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogQueryTest {

  @Test
  void level_inAnyCase_isKeptInUpperCase() {
    assertThat(new LogQuery("master_coordinator.log", 10, "Warning").levelFilter())
        .contains("WARNING");
  }

  @Test
  void matches_withALevel_keepsLinesContainingItInUpperCaseOnly() {
    LogQuery errors = new LogQuery("master_coordinator.log", 10, "error");

    assertThat(errors.matches("2025-11-18 14:00:01 - master - ERROR - inverter timeout")).isTrue();
    assertThat(errors.matches("2025-11-18 14:00:01 - master - INFO - no error here")).isFalse();
  }

  @Test
  void matches_withoutALevel_keepsEveryLine() {
    assertThat(LogQuery.last("master_coordinator.log", 10).matches("anything")).isTrue();
  }

  @Test
  void lines_outsideTheAllowedRange_areRefusedNamingTheValue() {
    assertThatThrownBy(() -> LogQuery.last("m.log", 0))
        .hasMessageContaining("'lines'")
        .hasMessageContaining("0");
    assertThatThrownBy(() -> LogQuery.last("m.log", 1_000_000_000))
        .hasMessageContaining("1000000000");
  }

  @Test
  void level_withAnythingButLetters_isRefused() {
    assertThatThrownBy(() -> new LogQuery("m.log", 10, "ERROR; rm -rf /"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'level'");
  }
}
