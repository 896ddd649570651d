package io.kilowatch.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderClampingTest {

  @TempDir Path dir;

  private LoadedSettings load(String yaml) throws IOException {
    Path file = Files.writeString(dir.resolve("kilowatch.yaml"), yaml);
    return new SettingsLoader(Map.of()).load(ConfigSources.none().withKilowatchFile(file));
  }

  @Test
  void load_whenIntervalIsBelowRange_clampsToMinimumWithWarning() throws IOException {
    LoadedSettings loaded = load("views:\n  inverter:\n    interval: 2s\n");

    assertThat(loaded.settings().views().inverter().interval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(loaded.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.source()).endsWith("kilowatch.yaml:3:5");
              assertThat(w.keyPath()).isEqualTo("views.inverter.interval");
              assertThat(w.value()).isEqualTo("2s");
              assertThat(w.message()).isEqualTo("below the minimum 10s; using 10s");
            });
  }

  @Test
  void load_whenIntervalIsAboveRange_clampsToMaximumWithWarning() throws IOException {
    LoadedSettings loaded =
        load(
            "views:\n  coordinator-pid:\n    interval: 1h\n    refresh-after: 10m\n    expire-after: 20m\n");

    assertThat(loaded.settings().views().coordinatorPid().interval())
        .isEqualTo(Duration.ofMinutes(5));
    assertThat(loaded.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.message()).isEqualTo("above the maximum 5m; using 5m"));
  }

  @Test
  void load_whenRetriesAreAboveRange_clampsWithWarning() throws IOException {
    LoadedSettings loaded = load("pse:\n  retries: 99\n");

    assertThat(loaded.settings().pse().retries()).isEqualTo(10);
    assertThat(loaded.warnings()).hasSize(1);
  }

  @Test
  void load_whenRefreshAfterIsShorterThanInterval_warns() throws IOException {
    LoadedSettings loaded = load("views:\n  price:\n    interval: 30m\n");

    assertThat(loaded.settings().views().price().interval()).isEqualTo(Duration.ofMinutes(30));
    assertThat(loaded.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.source()).isEqualTo("built-in defaults");
              assertThat(w.keyPath()).isEqualTo("views.price.refresh-after");
              assertThat(w.message()).contains("turns stale before every refresh");
            });
  }

  @Test
  void load_whenDurationsUseIsoAndCompoundForms_readsThem() throws IOException {
    LoadedSettings loaded =
        load("pse:\n  call-timeout: PT45S\n  retry-delay: 1m30s\n  tomorrow-poll-start: 14:05\n");

    assertThat(loaded.settings().pse().callTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(loaded.settings().pse().retryDelay()).isEqualTo(Duration.ofSeconds(90));
    assertThat(loaded.settings().pse().tomorrowPollStart()).hasToString("14:05");
    assertThat(loaded.warnings()).isEmpty();
  }
}
