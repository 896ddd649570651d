package io.kilowatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kilowatch.config.Settings;
import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.view.RefreshSchedule;
import io.kilowatch.core.view.RefreshingView;
import io.kilowatch.core.view.ViewDefinition;
import io.kilowatch.core.view.ViewLoader;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KilowatchRuntimeTest {

  @Test
  void start_loadsViewsOnKilowatchThreadsAndCloseEndsThem() {
    KilowatchRuntime runtime = KilowatchRuntime.create(Settings.defaults(), Clock.systemUTC());
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
        KilowatchRuntime.create(Settings.defaults(), Clock.systemUTC())) {
      assertThat(runtime.zone().getId()).isEqualTo("Europe/Warsaw");
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
