package io.kilowatch.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.testing.ManualViewRuntime;
import io.kilowatch.core.view.RefreshOutcome.Status;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ViewFamilyTest {

  private static final YearMonth CURRENT = YearMonth.of(2026, 11);
  private static final RefreshSchedule HOURLY = RefreshSchedule.every(Duration.ofHours(1));

  private final ManualViewRuntime runtime = ManualViewRuntime.create();
  private final Map<YearMonth, AtomicInteger> loads = new ConcurrentHashMap<>();

  @AfterEach
  void closeTheRuntime() {
    runtime.close();
  }

  /** Month summaries: past months never change, the current one refreshes hourly. */
  private ViewFamily<YearMonth, String> months(int maximumKeys) {
    return runtime
        .scheduler()
        .family(
            new FamilyDefinition<YearMonth, String>(
                "monthly-summary",
                (month, previous) -> {
                  int load =
                      loads.computeIfAbsent(month, m -> new AtomicInteger()).incrementAndGet();
                  return Loaded.live(month + "#" + load);
                },
                month ->
                    month.isBefore(CURRENT)
                        ? KeyRule.immutable(HOURLY)
                        : KeyRule.refreshing(
                            FreshnessPolicy.of(Duration.ofHours(1), Duration.ofHours(6)), HOURLY),
                maximumKeys));
  }

  @Test
  void get_ofANewKey_loadsItBeforeReturning() {
    ViewFamily<YearMonth, String> months = months(10);

    Snapshot<String> october = months.get(YearMonth.of(2026, 10));

    assertThat(october.value()).contains("2026-10#1");
    assertThat(october.freshness(runtime.clock())).isEqualTo(Freshness.FRESH);
    assertThat(runtime.scheduler().views())
        .extracting(RefreshingView::name)
        .containsExactly("monthly-summary/2026-10");
  }

  @Test
  void get_ofAKnownKey_doesNotLoadAgain() {
    ViewFamily<YearMonth, String> months = months(10);

    months.get(CURRENT);
    months.get(CURRENT);

    assertThat(loads.get(CURRENT)).hasValue(1);
  }

  @Test
  void immutableKeys_areNeverReloadedWhileMutableKeysRefreshOnSchedule() {
    ViewFamily<YearMonth, String> months = months(10);
    YearMonth october = YearMonth.of(2026, 10);
    months.get(october);
    months.get(CURRENT);

    runtime.advance(Duration.ofDays(2));
    RefreshOutcome forced = runtime.scheduler().views().get(0).refreshNow().join();

    assertThat(loads.get(october)).hasValue(1);
    assertThat(forced.status()).isEqualTo(Status.SKIPPED);
    assertThat(loads.get(CURRENT)).hasValue(49);
    assertThat(months.get(october).freshness(runtime.clock()))
        .as("an immutable value never turns stale")
        .isEqualTo(Freshness.FRESH);
  }

  @Test
  void get_whenTheLoadFails_returnsAMissingSnapshotWithTheErrorAndRetriesInTheBackground() {
    AtomicInteger attempts = new AtomicInteger();
    ViewFamily<YearMonth, String> flaky =
        runtime
            .scheduler()
            .family(
                new FamilyDefinition<YearMonth, String>(
                    "flaky",
                    (month, previous) -> {
                      if (attempts.incrementAndGet() < 3) {
                        throw new IllegalStateException("database is locked");
                      }
                      return Loaded.live("finally");
                    },
                    month -> KeyRule.immutable(HOURLY),
                    4));

    Snapshot<String> first = flaky.get(CURRENT);
    Snapshot<String> second = flaky.get(CURRENT);
    runtime.advance(Duration.ofSeconds(10));

    assertThat(first.isPresent()).isFalse();
    assertThat(first.lastError().orElseThrow().message())
        .isEqualTo("IllegalStateException: database is locked");
    assertThat(second.lastError()).as("a failed key is not reloaded on read").isPresent();
    assertThat(flaky.get(CURRENT).value()).contains("finally");
    assertThat(attempts).hasValue(3);
  }

  @Test
  void keysBeyondTheBound_evictTheLeastRecentlyReadAndStopItsSchedule() {
    ViewFamily<YearMonth, String> months = months(2);

    months.get(YearMonth.of(2026, 8));
    months.get(YearMonth.of(2026, 9));
    months.get(YearMonth.of(2026, 8));
    months.get(YearMonth.of(2026, 10));

    assertThat(months.getIfPresent(YearMonth.of(2026, 9))).isEmpty();
    assertThat(months.getIfPresent(YearMonth.of(2026, 8))).isPresent();
    assertThat(months.views()).hasSize(2);
    assertThat(runtime.scheduler().views())
        .extracting(RefreshingView::name)
        .containsExactlyInAnyOrder("monthly-summary/2026-08", "monthly-summary/2026-10");
  }

  @Test
  void getIfPresent_neverLoads() {
    ViewFamily<YearMonth, String> months = months(10);

    assertThat(months.getIfPresent(CURRENT)).isEmpty();
    assertThat(loads).isEmpty();
  }

  @Test
  void getIfReady_isEmptyUntilAKeyHasLoadedAndNeverLoads() {
    ViewFamily<YearMonth, String> months = months(10);

    assertThat(months.getIfReady(CURRENT)).isEmpty();
    assertThat(loads).isEmpty();
    months.get(CURRENT);

    assertThat(months.getIfReady(CURRENT))
        .hasValueSatisfying(s -> assertThat(s.isPresent()).isTrue());
    assertThat(loads.get(CURRENT)).hasValue(1);
  }

  @Test
  void clear_dropsEveryKeyAndItsSchedule() {
    ViewFamily<YearMonth, String> months = months(10);
    months.get(CURRENT);

    months.clear();
    runtime.advance(Duration.ofHours(3));

    assertThat(months.views()).isEmpty();
    assertThat(runtime.scheduler().views()).isEmpty();
    assertThat(loads.get(CURRENT)).hasValue(1);
    assertThat(List.copyOf(loads.keySet())).containsExactly(CURRENT);
  }
}
