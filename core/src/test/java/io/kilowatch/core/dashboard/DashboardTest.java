package io.kilowatch.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.reflect.TypeToken;
import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.port.StoredSnapshot;
import io.kilowatch.core.testing.InMemorySnapshotCodecs;
import io.kilowatch.core.testing.InMemorySnapshotStore;
import io.kilowatch.core.testing.ManualViewRuntime;
import io.kilowatch.core.testing.ScriptedLoader;
import io.kilowatch.core.view.FamilyDefinition;
import io.kilowatch.core.view.KeyRule;
import io.kilowatch.core.view.RefreshOutcome;
import io.kilowatch.core.view.RefreshOutcome.Status;
import io.kilowatch.core.view.RefreshSchedule;
import io.kilowatch.core.view.RefreshingView;
import io.kilowatch.core.view.ViewDefinition;
import io.kilowatch.core.view.ViewFamily;
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
  private final InMemorySnapshotCodecs codecs = new InMemorySnapshotCodecs();
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

  @Test
  void close_savesAValueThatALoadConfirmed_withItsNewFetchTime() {
    Instant storedFetchedAt = runtime.clock().instant().minus(Duration.ofMinutes(7));
    store.save(
        new StoredSnapshot(
            "prices", 4, storedFetchedAt, SnapshotSource.LIVE, TEXT.encode("day 1")));
    RefreshingView<String> view =
        dashboard.registerPersistent(
            new ViewDefinition<>("prices", ScriptedLoader.returning("day 1"), POLICY, EVERY_30_S),
            TEXT);

    dashboard.refreshAll();
    assertThat(store.saves()).as("an unchanged value is not saved at each load").isEqualTo(1);
    dashboard.close();

    StoredSnapshot stored = store.load("prices").orElseThrow();
    assertThat(stored.version()).isEqualTo(4);
    assertThat(stored.fetchedAt()).isEqualTo(runtime.clock().instant());
    assertThat(stored.fetchedAt()).isEqualTo(view.snapshot().fetchedAt().orElseThrow());
  }

  @Test
  void close_leavesARestoredValueThatNoLoadConfirmedAsItWas() {
    store.save(
        new StoredSnapshot(
            "prices", 4, runtime.clock().instant(), SnapshotSource.LIVE, TEXT.encode("day 1")));
    dashboard.registerPersistent(
        new ViewDefinition<>(
            "prices", ScriptedLoader.<String>script().thenFail("PSE down"), POLICY, EVERY_30_S),
        TEXT);

    dashboard.refreshAll();
    dashboard.close();

    assertThat(store.saves()).isEqualTo(1);
  }

  @Test
  void registerPersistent_byType_usesTheCodecsOfThePersistence() {
    Dashboard persistent = new Dashboard(runtime.scheduler(), new Persistence(store, codecs));
    persistent.registerPersistent(
        new ViewDefinition<>("prices", ScriptedLoader.returning("day 1"), POLICY, EVERY_30_S),
        TypeToken.of(String.class));

    persistent.refreshAll();

    assertThat(store.load("prices")).isPresent();
    assertThat(codecs.types()).containsExactly(TypeToken.of(String.class));
  }

  @Test
  void registerPersistent_byType_withoutCodecs_keepsNothing() {
    RefreshingView<String> view =
        dashboard.registerPersistent(
            new ViewDefinition<>("prices", ScriptedLoader.returning("day 1"), POLICY, EVERY_30_S),
            TypeToken.of(String.class));

    dashboard.refreshAll();
    dashboard.close();

    assertThat(view.snapshot().value()).contains("day 1");
    assertThat(store.saves()).isZero();
  }

  @Test
  void persistentFamily_seedsAKeyWhenItIsCreated_soItsFirstReadDoesNotWait() {
    Instant fetchedAt = runtime.clock().instant().minus(Duration.ofMinutes(2));
    storeOctober(fetchedAt, "october");
    ScriptedLoader<String> loader = ScriptedLoader.returning("october, loaded");
    ViewFamily<String, String> months =
        persistentMonths(loader, KeyRule.refreshing(POLICY, EVERY_30_S));

    Snapshot<String> october = months.get("2026-10");
    Snapshot<String> november = months.get("2026-11");

    assertThat(october.value()).contains("october");
    assertThat(october.source()).contains(SnapshotSource.WARM_START);
    assertThat(october.fetchedAt()).contains(fetchedAt);
    assertThat(october.version()).isEqualTo(3);
    assertThat(november.value())
        .as("a key never stored loads as before")
        .contains("october, loaded");
    assertThat(loader.calls()).isEqualTo(1);
    assertThat(store.load("months/2026-11")).isPresent();
  }

  @Test
  void persistentFamily_anImmutableKeyRestored_loadsOnceInTheBackgroundThenNeverAgain() {
    storeOctober(runtime.clock().instant(), "october, saved before it settled");
    ScriptedLoader<String> loader = ScriptedLoader.returning("october");
    ViewFamily<String, String> months = persistentMonths(loader, KeyRule.immutable(EVERY_30_S));
    runtime.scheduler().start();

    Snapshot<String> restored = months.get("2026-10");
    runtime.runDueTasks();
    runtime.advance(Duration.ofDays(1));
    dashboard.refreshAll();

    assertThat(restored.value()).contains("october, saved before it settled");
    assertThat(months.get("2026-10").value()).contains("october");
    assertThat(months.get("2026-10").source()).contains(SnapshotSource.LIVE);
    assertThat(loader.calls()).isEqualTo(1);
  }

  /** Stores {@code value} as version 3 of {@code months/2026-10}, encoded by {@link #codecs}. */
  private void storeOctober(Instant fetchedAt, String value) {
    SnapshotCodec<String> codec = codecs.codecFor(TypeToken.of(String.class)).orElseThrow();
    store.save(
        new StoredSnapshot(
            "months/2026-10", 3, fetchedAt, SnapshotSource.LIVE, codec.encode(value)));
  }

  /** A persistent family {@code months} with {@link #codecs}, every key under {@code rule}. */
  private ViewFamily<String, String> persistentMonths(ScriptedLoader<String> loader, KeyRule rule) {
    Dashboard persistent = new Dashboard(runtime.scheduler(), new Persistence(store, codecs));
    return persistent.registerPersistentFamily(
        new FamilyDefinition<String, String>(
            "months", (month, previous) -> loader.load(previous), month -> rule, 4),
        TypeToken.of(String.class));
  }
}
