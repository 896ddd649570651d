package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.config.ConfigSources;
import io.kilowatch.config.Settings;
import io.kilowatch.config.SettingsLoader;
import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.RuntimeOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparedRuntimeTest {

  @TempDir Path folder;

  @Test
  void await_returnsTheRuntimeBuiltAndStartedOnItsOwnThread() throws IOException {
    Settings settings = settingsIn(folder);

    try (KilowatchRuntime runtime =
        PreparedRuntime.startBuilding(settings, RuntimeOptions.embedded().withOffline(true))
            .await()) {
      assertThat(runtime.isRunning()).isTrue();
      assertThat(runtime.settings()).isEqualTo(settings);
    }
  }

  @Test
  void await_rethrowsWhatBuildingThrew() {
    PreparedRuntime failed =
        PreparedRuntime.startBuilding(null, RuntimeOptions.embedded().withOffline(true));

    assertThatThrownBy(failed::await)
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("settings");
  }

  private static Settings settingsIn(Path folder) throws IOException {
    Path yaml =
        Files.writeString(
            folder.resolve("kilowatch.yaml"),
            "paths:\n  coordinator-root: \""
                + folder
                + "\"\n  kilowatch-database: \""
                + folder.resolve("kilowatch.db")
                + "\"\n");
    return new SettingsLoader(Map.of())
        .load(ConfigSources.none().withKilowatchFile(yaml))
        .settings();
  }
}
