package io.kilowatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kilowatch.config.ConfigSources;
import io.kilowatch.config.Settings;
import io.kilowatch.config.SettingsLoader;
import io.kilowatch.core.dashboard.LogTail;
import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.view.RefreshSchedule;
import io.kilowatch.core.view.RefreshingView;
import io.kilowatch.core.view.ViewDefinition;
import io.kilowatch.core.view.ViewLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KilowatchRuntimeTest {

  @Test
  void start_loadsViewsOnKilowatchThreadsAndCloseEndsThem() {
    KilowatchRuntime runtime =
        KilowatchRuntime.create(Settings.defaults(), Clock.systemUTC(), true);
    RefreshingView<String> view =
        runtime
            .dashboard()
            .register(
                new ViewDefinition<>(
                    "thread-name",
                    ViewLoader.live(() -> Thread.currentThread().getName()),
                    FreshnessPolicy.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                    RefreshSchedule.every(Duration.ofMinutes(1))));

    runtime.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> view.snapshot().isPresent());
    runtime.close();

    assertThat(view.snapshot().value().orElseThrow()).startsWith("kilowatch-load-");
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(kilowatchThreads()).isEmpty());
  }

  @Test
  void zone_comesFromTheSettings() {
    try (KilowatchRuntime runtime =
        KilowatchRuntime.create(Settings.defaults(), Clock.systemUTC(), true)) {
      assertThat(runtime.zone().getId()).isEqualTo("Europe/Warsaw");
    }
  }

  @Test
  void startedAt_isSetByStartAndIsRunningEndsWithClose() {
    KilowatchRuntime runtime =
        KilowatchRuntime.create(Settings.defaults(), Clock.systemUTC(), true);
    assertThat(runtime.startedAt()).isEmpty();
    assertThat(runtime.isRunning()).isFalse();

    runtime.start();
    assertThat(runtime.startedAt()).isPresent();
    assertThat(runtime.isRunning()).isTrue();

    runtime.close();
    assertThat(runtime.isRunning()).isFalse();
  }

  @Test
  void logViews_tailTheFilesOfTheConfiguredLogDirectory(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("logs"));
    Files.writeString(root.resolve("logs/master_coordinator.log"), "one\ntwo ERROR\n");
    Settings settings =
        SettingsLoader.usingSystemEnvironment()
            .load(
                ConfigSources.fromEnvironment(Map.of())
                    .withOverride("paths.coordinator-root", root.toString()))
            .settings();

    try (KilowatchRuntime runtime =
        KilowatchRuntime.create(settings, Clock.systemUTC(), true).start()) {
      LogTail errors =
          runtime.logViews().tail("master_coordinator.log", "ERROR").value().orElseThrow();

      assertThat(errors.lines()).containsExactly("two ERROR");
    }
  }

  private static Set<String> kilowatchThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("kilowatch-"))
        .collect(Collectors.toSet());
  }
}
