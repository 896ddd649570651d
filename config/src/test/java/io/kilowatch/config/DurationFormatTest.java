package io.kilowatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationFormatTest {

  @ParameterizedTest
  @CsvSource({
    "30s, PT30S",
    "5m, PT5M",
    "1h30m, PT1H30M",
    "250ms, PT0.25S",
    "1d, PT24H",
    "PT45S, PT45S",
    "pt2m, PT2M",
    "0s, PT0S"
  })
  void parse_whenWellFormed_returnsDuration(String text, String expected) {
    assertThat(DurationFormat.parse(text)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5s", "PT-5S", "-PT5S"})
  void parse_whenNegative_refuses(String text) {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> DurationFormat.parse(text))
        .withMessageStartingWith("must not be negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"30", "2.5", "5 minutes", "s", "P", "10x", "9999999999s"})
  void parse_whenMalformed_refuses(String text) {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> DurationFormat.parse(text));
  }

  @ParameterizedTest
  @CsvSource({"PT30S, 30s", "PT5M, 5m", "PT1H, 1h", "PT24H, 1d", "PT0.25S, 250ms", "PT90S, 90s"})
  void format_returnsShortestForm(String duration, String expected) {
    assertThat(DurationFormat.format(Duration.parse(duration))).isEqualTo(expected);
  }
}
