package io.kilowatch.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.freshness.LoadError;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.testing.ManualViewRuntime;
import io.kilowatch.core.testing.ScriptedLoader;
import io.kilowatch.core.view.RefreshOutcome.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefreshingViewTest {

  private static final Duration INTERVAL = Duration.ofSeconds(30);
  private static final FreshnessPolicy POLICY =
      FreshnessPolicy.of(Duration.ofMinutes(1), Duration.ofMinutes(10));

  private final ManualViewRuntime runtime = ManualViewRuntime.create();

  @AfterEach
  void closeTheRuntime() {
    runtime.close();
  }

  private RefreshingView<String> view(ViewLoader<String> loader) {
    return runtime
        .scheduler()
        .view(new ViewDefinition<>("state", loader, POLICY, RefreshSchedule.every(INTERVAL)));
  }

  @Test
  void snapshot_beforeTheFirstLoad_isMissing() {
    RefreshingView<String> view = view(ScriptedLoader.returning("v"));

    assertThat(view.snapshot().freshness(runtime.clock())).isEqualTo(Freshness.MISSING);
    assertThat(view.snapshot().version()).isZero();
  }

  @Test
  void start_loadsAtOnceAndThenEveryInterval() {
    ScriptedLoader<String> loader =
        ScriptedLoader.<String>script()
            .thenReturn(Loaded.live("v1"))
            .thenReturn(Loaded.live("v2"))
            .thenReturn(Loaded.live("v3"))
            .thenReturn(Loaded.live("v4"));
    RefreshingView<String> view = view(loader);

    runtime.runDueTasks();
    assertThat(loader.calls()).as("nothing loads before start").isZero();

    runtime.scheduler().start();
    runtime.runDueTasks();
    assertThat(loader.calls()).isEqualTo(1);
    runtime.advance(INTERVAL.minusSeconds(1));
    assertThat(loader.calls()).isEqualTo(1);
    runtime.advance(Duration.ofSeconds(1));
    assertThat(loader.calls()).isEqualTo(2);
    runtime.advance(INTERVAL.multipliedBy(2));
    assertThat(loader.calls()).isEqualTo(4);
    assertThat(view.snapshot().version()).isEqualTo(4);
  }

  @Test
  void snapshot_afterALoad_holdsTheValueFetchedNowFromTheLiveSource() {
    RefreshingView<String> view = view(ScriptedLoader.returning("soc 57 %"));
    Instant loadedAt = runtime.clock().instant();

    RefreshOutcome outcome = view.refreshNow().join();

    Snapshot<String> snapshot = view.snapshot();
    assertThat(outcome.status()).isEqualTo(Status.LOADED);
    assertThat(outcome.version()).isEqualTo(1);
    assertThat(snapshot.value()).contains("soc 57 %");
    assertThat(snapshot.fetchedAt()).contains(loadedAt);
    assertThat(snapshot.source()).contains(SnapshotSource.LIVE);
    assertThat(snapshot.lastError()).isEmpty();
  }

  @Test
  void freshness_withoutNewLoads_goesStaleThenExpired() {
    RefreshingView<String> view =
        view(ScriptedLoader.<String>script().thenReturn("v").thenFail("down"));
    view.refreshNow().join();

    runtime.clock().advance(Duration.ofMinutes(1));
    assertThat(view.snapshot().freshness(runtime.clock())).isEqualTo(Freshness.STALE);
    runtime.clock().advance(Duration.ofMinutes(9));
    assertThat(view.snapshot().freshness(runtime.clock())).isEqualTo(Freshness.EXPIRED);
    assertThat(view.snapshot().value()).as("an expired value is still served").contains("v");
  }

  @Test
  void refreshNow_whenTheLoaderFails_keepsTheValueAndCountsConsecutiveFailures() {
    RefreshingView<String> view =
        view(ScriptedLoader.<String>script().thenReturn("good").thenFail("PSE answered 503"));
    view.refreshNow().join();
    Instant firstFailure = runtime.clock().instant();

    RefreshOutcome outcome = view.refreshNow().join();
    runtime.clock().advance(Duration.ofSeconds(5));
    view.refreshNow().join();

    Snapshot<String> snapshot = view.snapshot();
    assertThat(outcome.status()).isEqualTo(Status.FAILED);
    assertThat(outcome.errorMessage()).contains("IOException: PSE answered 503");
    assertThat(snapshot.value()).contains("good");
    assertThat(snapshot.version()).isEqualTo(1);
    LoadError error = snapshot.lastError().orElseThrow();
    assertThat(error.message()).isEqualTo("IOException: PSE answered 503");
    assertThat(error.consecutiveFailures()).isEqualTo(2);
    assertThat(error.at()).isEqualTo(firstFailure.plusSeconds(5));
  }

  @Test
  void failingLoader_retriesWithGrowingBackoffThatNeverExceedsTheInterval() {
    List<Instant> attempts = new CopyOnWriteArrayList<>();
    RefreshingView<String> view =
        view(
            previous -> {
              attempts.add(runtime.clock().instant());
              throw new IllegalStateException("inverter unreachable");
            });

    runtime.scheduler().start();
    runtime.advance(Duration.ofMinutes(5));

    List<Duration> gaps = gaps(attempts);
    assertThat(gaps).hasSizeGreaterThan(6);
    // initial backoff 1 s, doubling, jittered just below the full delay, capped at 30 s
    assertThat(gaps.subList(0, 6))
        .satisfiesExactly(
            gap -> assertThat(gap).isBetween(Duration.ofMillis(999), Duration.ofSeconds(1)),
            gap -> assertThat(gap).isBetween(Duration.ofMillis(1999), Duration.ofSeconds(2)),
            gap -> assertThat(gap).isBetween(Duration.ofMillis(3999), Duration.ofSeconds(4)),
            gap -> assertThat(gap).isBetween(Duration.ofMillis(7999), Duration.ofSeconds(8)),
            gap -> assertThat(gap).isBetween(Duration.ofMillis(15999), Duration.ofSeconds(16)),
            gap -> assertThat(gap).isBetween(Duration.ofMillis(29999), INTERVAL));
    assertThat(gaps).allSatisfy(gap -> assertThat(gap).isLessThanOrEqualTo(INTERVAL));
    assertThat(view.snapshot().lastError().orElseThrow().consecutiveFailures())
        .isEqualTo(attempts.size());
  }

  @Test
  void failingLoader_withLowJitter_retriesSoonerButStillBacksOff() {
    try (ManualViewRuntime lowJitter = ManualViewRuntime.withJitter(0.0)) {
      List<Instant> attempts = new CopyOnWriteArrayList<>();
      lowJitter
          .scheduler()
          .view(
              new ViewDefinition<String>(
                  "prices",
                  previous -> {
                    attempts.add(lowJitter.clock().instant());
                    throw new IllegalStateException("down");
                  },
                  POLICY,
                  RefreshSchedule.every(INTERVAL)));

      lowJitter.scheduler().start();
      lowJitter.advance(Duration.ofSeconds(40));

      assertThat(gaps(attempts).subList(0, 5))
          .containsExactly(
              Duration.ofMillis(500),
              Duration.ofSeconds(1),
              Duration.ofSeconds(2),
              Duration.ofSeconds(4),
              Duration.ofSeconds(8));
    }
  }

  @Test
  void firstSuccessAfterFailures_clearsTheErrorAndReturnsToTheInterval() {
    ScriptedLoader<String> loader =
        ScriptedLoader.<String>script().thenFail("a").thenFail("b").thenReturn("ok");
    RefreshingView<String> view = view(loader);

    runtime.scheduler().start();
    runtime.runDueTasks();
    assertThat(view.snapshot().lastError()).isPresent();
    runtime.advance(Duration.ofSeconds(3)); // retries after ~1 s and ~2 s

    assertThat(loader.calls()).isEqualTo(3);
    assertThat(view.snapshot().lastError()).isEmpty();
    assertThat(view.snapshot().value()).contains("ok");
    runtime.advance(INTERVAL.minusSeconds(1));
    assertThat(loader.calls()).as("no retry once healthy").isEqualTo(3);
    runtime.advance(Duration.ofSeconds(1));
    assertThat(loader.calls()).isEqualTo(4);
  }

  @Test
  void refreshNow_whenTheValueIsEqualToTheCurrentOne_keepsTheVersionAndRenewsTheFetchTime() {
    ScriptedLoader<String> loader = ScriptedLoader.returning("same day");
    RefreshingView<String> view = view(loader);
    List<Long> told = new ArrayList<>();
    view.addListener((name, snapshot) -> told.add(snapshot.version()));
    view.refreshNow().join();
    runtime.clock().advance(Duration.ofMinutes(3));

    RefreshOutcome outcome = view.refreshNow().join();

    assertThat(outcome.status()).isEqualTo(Status.UNCHANGED);
    assertThat(outcome.status().isSuccess()).isTrue();
    assertThat(view.snapshot().version()).isEqualTo(1);
    assertThat(view.snapshot().fetchedAt()).contains(runtime.clock().instant());
    assertThat(view.snapshot().freshness(runtime.clock())).isEqualTo(Freshness.FRESH);
    assertThat(told).as("value listeners hear only new values").containsExactly(1L);
  }

  @Test
  void refreshNow_whenTheLoaderReturnsNull_isAFailure() {
    RefreshingView<String> view = view(ScriptedLoader.<String>script().thenReturnNull());

    RefreshOutcome outcome = view.refreshNow().join();

    assertThat(outcome.status()).isEqualTo(Status.FAILED);
    assertThat(outcome.errorMessage()).contains("the loader returned no value");
    assertThat(view.snapshot().isPresent()).isFalse();
    assertThat(view.snapshot().lastError()).isPresent();
  }

  @Test
  void refreshNow_whenTheLoaderThrowsAnError_recordsItAndKeepsRunning() {
    RefreshingView<String> view =
        view(
            previous -> {
              throw new NoClassDefFoundError("org/sqlite/JDBC");
            });

    RefreshOutcome outcome = view.refreshNow().join();

    assertThat(outcome.status()).isEqualTo(Status.FAILED);
    assertThat(outcome.errorMessage()).contains("NoClassDefFoundError: org/sqlite/JDBC");
  }

  @Test
  void loader_isGivenThePreviousSnapshot() {
    ScriptedLoader<String> loader = ScriptedLoader.<String>script().thenReturn("a").thenReturn("b");
    RefreshingView<String> view = view(loader);

    view.refreshNow().join();
    view.refreshNow().join();

    assertThat(loader.previousSnapshots()).extracting(Snapshot::version).containsExactly(0L, 1L);
    assertThat(loader.previousSnapshots().get(1).value()).contains("a");
  }

  @Test
  void loaded_withAnOriginalFetchInstant_keepsTheTrueAge() {
    Instant archivedAt = runtime.clock().instant().minus(Duration.ofHours(3));
    RefreshingView<String> view =
        view(
            ScriptedLoader.<String>script()
                .thenReturn(Loaded.from(SnapshotSource.FALLBACK, "archived", archivedAt)));

    view.refreshNow().join();

    assertThat(view.snapshot().source()).contains(SnapshotSource.FALLBACK);
    assertThat(view.snapshot().ageAt(runtime.clock().instant())).contains(Duration.ofHours(3));
    assertThat(view.snapshot().freshness(runtime.clock())).isEqualTo(Freshness.EXPIRED);
  }

  @Test
  void listeners_areToldOfEverySwapButNotOfFailures() {
    RefreshingView<String> view =
        view(ScriptedLoader.<String>script().thenReturn("a").thenFail("x").thenReturn("b"));
    List<String> told = new ArrayList<>();
    view.addListener((name, snapshot) -> told.add(name + "@" + snapshot.version()));

    view.refreshNow().join();
    view.refreshNow().join();
    view.refreshNow().join();

    assertThat(told).containsExactly("state@1", "state@2");
  }

  @Test
  void listeners_thatThrow_doNotBreakTheViewOrOtherListeners() {
    RefreshingView<String> view = view(ScriptedLoader.returning("a"));
    List<Long> told = new ArrayList<>();
    view.addListener(
        (name, snapshot) -> {
          throw new IllegalStateException("listener bug");
        });
    view.addListener((name, snapshot) -> told.add(snapshot.version()));

    RefreshOutcome outcome = view.refreshNow().join();

    assertThat(outcome.status()).isEqualTo(Status.LOADED);
    assertThat(told).containsExactly(1L);
  }

  @Test
  void refreshListeners_ofTheScheduler_hearEveryLoadThatChangedASnapshot() {
    List<RefreshOutcome> heard = new ArrayList<>();
    runtime.scheduler().addRefreshListener(heard::add);
    RefreshingView<String> view =
        view(ScriptedLoader.<String>script().thenReturn("a").thenFail("x"));

    view.refreshNow().join();
    view.refreshNow().join();

    assertThat(heard)
        .extracting(RefreshOutcome::view, RefreshOutcome::status, RefreshOutcome::version)
        .containsExactly(tuple("state", Status.LOADED, 1L), tuple("state", Status.FAILED, 1L));
  }

  @Test
  void statistics_countReadsLoadsFailuresAndTheLastLoadDuration() {
    RefreshingView<String> view =
        view(
            previous -> {
              runtime.clock().advance(Duration.ofMillis(250));
              return Loaded.live("v");
            });

    view.refreshNow().join();
    view.snapshot();
    view.snapshot();

    ViewStatistics statistics = view.statistics();
    assertThat(statistics.reads()).isEqualTo(2);
    assertThat(statistics.loadsSucceeded()).isEqualTo(1);
    assertThat(statistics.loadsFailed()).isZero();
    assertThat(statistics.loadTimeouts()).isZero();
    assertThat(statistics.lastLoadDuration()).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void seed_beforeTheFirstLoad_servesAWarmStartValueWithItsTrueAge() {
    ScriptedLoader<String> loader = ScriptedLoader.returning("live");
    RefreshingView<String> view = view(loader);
    Instant storedAt = runtime.clock().instant().minus(Duration.ofMinutes(2));

    assertThat(view.seed("stored", 41, storedAt)).isTrue();

    Snapshot<String> warm = view.snapshot();
    assertThat(warm.value()).contains("stored");
    assertThat(warm.source()).contains(SnapshotSource.WARM_START);
    assertThat(warm.ageAt(runtime.clock().instant())).contains(Duration.ofMinutes(2));
    assertThat(warm.freshness(runtime.clock())).isEqualTo(Freshness.STALE);
    view.refreshNow().join();
    assertThat(view.snapshot().version()).as("versions continue from the stored one").isEqualTo(42);
    assertThat(view.seed("too late", 1, storedAt)).isFalse();
    assertThat(view.snapshot().value()).contains("live");
  }

  @Test
  void refreshNow_afterClose_isCancelledWithoutLoading() {
    ScriptedLoader<String> loader = ScriptedLoader.returning("v");
    RefreshingView<String> view = view(loader);
    runtime.close();

    RefreshOutcome outcome = view.refreshNow().join();

    assertThat(outcome.status()).isEqualTo(Status.CANCELLED);
    assertThat(loader.calls()).isZero();
  }

  @Test
  void view_withANameInUse_isRefused() {
    view(ScriptedLoader.returning("v"));

    assertThatThrownBy(() -> view(ScriptedLoader.returning("w")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a view named 'state' exists already");
  }

  @Test
  void viewDefinition_withABadName_namesIt() {
    assertThatThrownBy(
            () ->
                new ViewDefinition<>(
                    "Current State",
                    ScriptedLoader.returning("v"),
                    POLICY,
                    RefreshSchedule.every(INTERVAL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 'Current State'");
  }

  private static List<Duration> gaps(List<Instant> instants) {
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < instants.size(); i++) {
      gaps.add(Duration.between(instants.get(i - 1), instants.get(i)));
    }
    return gaps;
  }
}
