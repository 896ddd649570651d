package io.kilowatch.runtime.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.config.ConfigSources;
import io.kilowatch.config.SettingsLoader;
import io.kilowatch.core.dashboard.RefreshReport;
import io.kilowatch.core.energy.CurrentState;
import io.kilowatch.core.energy.MonthlySummary;
import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.runtime.KilowatchRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoInstallationTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  @TempDir Path dir;

  @Test
  void write_givesAnInstallationEveryViewLoadsFromOffline() throws Exception {
    DemoInstallation demo = DemoInstallation.write(dir, Instant.now(), WARSAW, 42);

    var settings =
        new SettingsLoader(Map.of())
            .load(ConfigSources.none().withKilowatchFile(demo.config()))
            .settings();
    try (KilowatchRuntime runtime = KilowatchRuntime.create(settings, Clock.systemUTC(), true)) {
      RefreshReport report = runtime.dashboard().refreshAll();

      assertThat(report.failures()).isEmpty();
      assertThat(runtime.stateOrigin()).isEqualTo(KilowatchRuntime.StateOrigin.DATABASE);
      CurrentState state = runtime.coordinator().currentState().value().orElseThrow();
      assertThat(state.inverter().battery().socPercent()).isBetween(5.0, 100.0);
      assertThat(runtime.coordinator().currentState().freshness(runtime.clock()))
          .isEqualTo(Freshness.FRESH);
      assertThat(state.price()).isPresent();
      assertThat(runtime.prices().today().source()).contains(SnapshotSource.ARCHIVE);
      assertThat(runtime.prices().tomorrow().isPresent()).isTrue();
      MonthlySummary month = runtime.summaries().currentMonth().value().orElseThrow();
      assertThat(month.totals().counts().total()).isPositive();
      assertThat(runtime.coordinator().logFiles().value().orElseThrow()).hasSize(3);
    }
    assertThat(Files.size(dir.resolve("data/goodwe_energy.db"))).isPositive();
  }

  @Test
  void recordReading_givesTheCurrentStateTheNewReading() throws Exception {
    Instant start = Instant.parse("2026-11-23T11:00:00Z");
    DemoInstallation demo = DemoInstallation.write(dir, start, WARSAW, 42);
    Instant later = start.plus(Duration.ofMinutes(7));

    demo.recordReading(later);

    var settings =
        new SettingsLoader(Map.of())
            .load(ConfigSources.none().withKilowatchFile(demo.config()))
            .settings();
    try (KilowatchRuntime runtime =
        KilowatchRuntime.create(settings, Clock.fixed(later, ZoneOffset.UTC), true)) {
      runtime.dashboard().refreshAll();

      CurrentState state = runtime.coordinator().currentState().value().orElseThrow();
      assertThat(state.inverter().readAt()).isEqualTo(later);
      assertThat(runtime.coordinator().currentState().fetchedAt()).contains(later);
    }
  }
}
