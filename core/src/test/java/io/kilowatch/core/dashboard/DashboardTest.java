package io.kilowatch.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.port.StoredSnapshot;
import io.kilowatch.core.testing.InMemorySnapshotStore;
import io.kilowatch.core.testing.ManualViewRuntime;
import io.kilowatch.core.testing.ScriptedLoader;
import io.kilowatch.core.view.RefreshOutcome;
import io.kilowatch.core.view.RefreshOutcome.Status;
import io.kilowatch.core.view.RefreshSchedule;
import io.kilowatch.core.view.RefreshingView;
import io.kilowatch.core.view.ViewDefinition;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DashboardTest {

  private static final FreshnessPolicy POLICY =
      FreshnessPolicy.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
  private static final RefreshSchedule EVERY_30_S = RefreshSchedule.every(Duration.ofSeconds(30));

  /** Strings as UTF-8; refuses values starting with "!" to stand for a broken encoding. */
  private static final SnapshotCodec<String> TEXT =
      new SnapshotCodec<>() {
        @Override
        public byte[] encode(String value) {
          return value.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String decode(byte[] bytes) {
          String text = new String(bytes, StandardCharsets.UTF_8);
          if (text.startsWith("!")) {
            throw new IllegalArgumentException("unreadable snapshot: " + text);
          }
          return text;
        }
      };

  private final ManualViewRuntime runtime = ManualViewRuntime.create();
  private final InMemorySnapshotStore store = new InMemorySnapshotStore();
  private final Dashboard dashboard = new Dashboard(runtime.scheduler(), store);

  @AfterEach
  void closeTheDashboard() {
    dashboard.close();
  }

  @Test
  void warmStart_servesTheStoredValueWithSourceWarmStartAndItsRealAge() {
    Instant storedFetchedAt = runtime.clock().instant().minus(Duration.ofMinutes(7));
    store.save(
        new StoredSnapshot(
            "current-state",
            12,
            storedFetchedAt,
            SnapshotSource.LIVE,
            "soc 64 %".getBytes(StandardCharsets.UTF_8)));

    RefreshingView<String> view =
        dashboard.registerPersistent(
            new ViewDefinition<>(
                "current-state", ScriptedLoader.returning("soc 65 %"), POLICY, EVERY_30_S),
            TEXT);

    assertThat(view.snapshot().value()).contains("soc 64 %");
    assertThat(view.snapshot().source()).contains(SnapshotSource.WARM_START);
    assertThat(view.snapshot().fetchedAt()).contains(storedFetchedAt);
    assertThat(view.snapshot().ageAt(runtime.clock().instant())).contains(Duration.ofMinutes(7));
    assertThat(view.snapshot().freshness(runtime.clock())).isEqualTo(Freshness.STALE);
    assertThat(view.snapshot().version()).isEqualTo(12);

    dashboard.start();
    runtime.runDueTasks();

    assertThat(view.snapshot().value()).contains("soc 65 %");
    assertThat(view.snapshot().source()).contains(SnapshotSource.LIVE);
    assertThat(view.snapshot().version()).isEqualTo(13);
  }

  @Test
  void persistentViews_saveEveryNewValueToTheStore() {
    dashboard.registerPersistent(
        new ViewDefinition<>(
            "prices",
            ScriptedLoader.<String>script().thenReturn("day 1").thenReturn("day 2"),
            POLICY,
            EVERY_30_S),
        TEXT);

    dashboard.refreshAll();
    dashboard.refreshAll();

    StoredSnapshot stored = store.load("prices").orElseThrow();
    assertThat(new String(stored.value(), StandardCharsets.UTF_8)).isEqualTo("day 2");
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.fetchedAt()).isEqualTo(runtime.clock().instant());
    assertThat(store.saves()).isEqualTo(2);
  }

  @Test
  void warmStart_withAnUnreadableStoredSnapshot_startsMissingInsteadOfFailing() {
    store.save(
        new StoredSnapshot(
            "prices",
            3,
            runtime.clock().instant(),
            SnapshotSource.LIVE,
            "!garbage".getBytes(StandardCharsets.UTF_8)));

    RefreshingView<String> view =
        dashboard.registerPersistent(
            new ViewDefinition<>("prices", ScriptedLoader.returning("fresh"), POLICY, EVERY_30_S),
            TEXT);

    assertThat(view.snapshot().isPresent()).isFalse();
    assertThat(dashboard.refreshAll().allSucceeded()).isTrue();
    assertThat(view.snapshot().value()).contains("fresh");
  }

  @Test
  void aFailingStore_neverFailsRegistrationOrLoads() {
    store.setFailing(true);

    RefreshingView<String> view =
        dashboard.registerPersistent(
            new ViewDefinition<>("prices", ScriptedLoader.returning("p"), POLICY, EVERY_30_S),
            TEXT);
    RefreshReport report = dashboard.refreshAll();

    assertThat(report.allSucceeded()).isTrue();
    assertThat(view.snapshot().value()).contains("p");
  }

  @Test
  void refreshAll_loadsEveryViewAndReportsEachOutcome() {
    dashboard.register(
        new ViewDefinition<>("current-state", ScriptedLoader.returning("s"), POLICY, EVERY_30_S));
    dashboard.register(
        new ViewDefinition<>(
            "prices",
            ScriptedLoader.<String>script().thenFail("PSE answered 500"),
            POLICY,
            EVERY_30_S));

    RefreshReport report = dashboard.refreshAll();

    assertThat(report.outcomes())
        .extracting(RefreshOutcome::view, RefreshOutcome::status)
        .containsExactly(tuple("current-state", Status.LOADED), tuple("prices", Status.FAILED));
    assertThat(report.allSucceeded()).isFalse();
    assertThat(report.failures())
        .singleElement()
        .satisfies(
            failure ->
                assertThat(failure.errorMessage()).contains("IOException: PSE answered 500"));
  }

  @Test
  void cacheReport_showsStateAgeVersionStatisticsAndLastErrorOfEveryView() {
    dashboard.register(
        new ViewDefinition<>("current-state", ScriptedLoader.returning("s"), POLICY, EVERY_30_S));
    dashboard.register(
        new ViewDefinition<>(
            "prices",
            ScriptedLoader.<String>script().thenFail("PSE answered 500"),
            POLICY,
            EVERY_30_S));
    dashboard.register(
        new ViewDefinition<>("logs", ScriptedLoader.returning("l"), POLICY, EVERY_30_S));
    dashboard.refreshAll();
    dashboard.register(
        new ViewDefinition<>("never-loaded", ScriptedLoader.returning("n"), POLICY, EVERY_30_S));
    runtime.clock().advance(Duration.ofSeconds(90));

    CacheReport report = dashboard.cacheReport();

    assertThat(report.at()).isEqualTo(runtime.clock().instant());
    ViewReport state = report.view("current-state").orElseThrow();
    assertThat(state.freshness()).isEqualTo(Freshness.STALE);
    assertThat(state.age()).isEqualTo(Duration.ofSeconds(90));
    assertThat(state.version()).isEqualTo(1);
    assertThat(state.source()).isEqualTo(SnapshotSource.LIVE);
    assertThat(state.statistics().loadsSucceeded()).isEqualTo(1);
    assertThat(state.lastError()).isNull();
    ViewReport prices = report.view("prices").orElseThrow();
    assertThat(prices.freshness()).isEqualTo(Freshness.MISSING);
    assertThat(prices.age()).isNull();
    assertThat(prices.lastError()).isNotNull();
    assertThat(prices.lastError().message()).isEqualTo("IOException: PSE answered 500");
    assertThat(prices.statistics().loadsFailed()).isEqualTo(1);
    assertThat(report.count(Freshness.MISSING)).isEqualTo(2);
    assertThat(report.views())
        .extracting(ViewReport::view)
        .containsExactly("current-state", "prices", "logs", "never-loaded");
  }

  @Test
  void cacheReport_readsNoValueAndCountsNoReadsOfItsOwnBeyondOnePerView() {
    RefreshingView<String> view =
        dashboard.register(
            new ViewDefinition<>("prices", ScriptedLoader.returning("p"), POLICY, EVERY_30_S));

    dashboard.cacheReport();

    assertThat(view.statistics().reads()).isEqualTo(1);
  }
}
