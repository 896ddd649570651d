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
import java.time.Instant;
import java.time.ZoneId;
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
}
