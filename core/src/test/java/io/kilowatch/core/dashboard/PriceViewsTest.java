package io.kilowatch.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.core.freshness.LoadError;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.testing.FakePriceSource;
import io.kilowatch.core.testing.InMemoryPriceArchive;
import io.kilowatch.core.testing.InMemorySnapshotStore;
import io.kilowatch.core.testing.ManualViewRuntime;
import io.kilowatch.core.testing.PriceDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PriceViewsTest {

  /** A Tuesday in winter time (UTC+1). */
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  private static final LocalDate TOMORROW = TODAY.plusDays(1);
  private static final PriceDay TODAYS_PRICES =
      PriceDays.random(TODAY, PriceDays.QUARTER, new Random(1));
  private static final PriceDay TOMORROWS_PRICES =
      PriceDays.random(TOMORROW, PriceDays.QUARTER, new Random(2));
  private static final Duration CHECK_INTERVAL = PriceViewSettings.DEFAULT_SCHEDULE.interval();

  private final ManualViewRuntime runtime = ManualViewRuntime.create();
  private final Dashboard dashboard =
      new Dashboard(runtime.scheduler(), new InMemorySnapshotStore());
  private final FakePriceSource pse = new FakePriceSource();
  private final InMemoryPriceArchive archive = new InMemoryPriceArchive();
  private PriceViews views;

  @AfterEach
  void closeTheDashboard() {
    dashboard.close();
  }

  @Test
  void today_keptInTheArchive_isServedFromIt_withoutAskingTheSource() {
    archive.keep(TODAYS_PRICES);

    startAt(TODAY, LocalTime.of(8, 0));

    Snapshot<PriceDay> today = views.today();
    assertThat(today.value()).contains(TODAYS_PRICES);
    assertThat(today.source()).contains(SnapshotSource.ARCHIVE);
    assertThat(today.freshness(runtime.clock())).isEqualTo(Freshness.FRESH);
    assertThat(pse.calls()).isEmpty();
  }

  @Test
  void aDayOfRefreshes_withTodayInTheArchive_makesNoSourceCallForToday() {
    archive.keep(TODAYS_PRICES);
    startAt(TODAY, LocalTime.MIDNIGHT);

    Instant published = at(TODAY, LocalTime.of(13, 52));
    Instant lastMinute = at(TODAY, LocalTime.of(23, 59));
    int checks = 0;
    while (runtime.clock().instant().isBefore(lastMinute)) {
      runtime.advance(Duration.ofMinutes(1));
      if (!runtime.clock().instant().isBefore(published)) {
        pse.publish(TOMORROWS_PRICES);
      }
      if (runtime.clock().instant().getEpochSecond() % 3600 == 0) {
        RefreshReport unused = dashboard.refreshAll();
      }
      assertThat(views.today().value()).contains(TODAYS_PRICES);
      checks++;
    }

    assertThat(checks).isEqualTo(24 * 60 - 1);
    assertThat(pse.callsFor(TODAY)).isZero();
    // tomorrow is polled from 13:30, at most every 15 minutes, until it appears (13:52)
    assertThat(pse.calls()).containsOnly(TOMORROW).hasSizeBetween(2, 3);
    assertThat(views.today().source()).contains(SnapshotSource.ARCHIVE);
    assertThat(views.tomorrow().value()).contains(TOMORROWS_PRICES);
    assertThat(views.tomorrow().source()).contains(SnapshotSource.LIVE);
    assertThat(views.tomorrow().fetchedAt().orElseThrow())
        .isBetween(published, published.plus(Duration.ofMinutes(20)));
    assertThat(archive.find(TOMORROW)).contains(TOMORROWS_PRICES);
  }

  @Test
  void tomorrow_beforeThePollStart_isMissingWithTheReason_andTheSourceIsNotAsked() {
    startAt(TODAY, LocalTime.of(9, 0));

    Snapshot<PriceDay> tomorrow = views.tomorrow();

    assertThat(tomorrow.isPresent()).isFalse();
    assertThat(tomorrow.lastError().map(LoadError::message).orElseThrow())
        .contains("no prices for 2026-11-25 yet")
        .contains("published in the afternoon before; asking from 13:30")
        .contains("the archive does not hold them");
    assertThat(pse.callsFor(TOMORROW)).isZero();
  }

  @Test
  void today_missingFromTheArchive_isFetchedOnce_keptAndServedLive() {
    pse.publish(TODAYS_PRICES);

    startAt(TODAY, LocalTime.of(8, 0));
    runtime.advance(Duration.ofHours(3));

    assertThat(views.today().value()).contains(TODAYS_PRICES);
    assertThat(views.today().source()).contains(SnapshotSource.LIVE);
    assertThat(pse.callsFor(TODAY)).isEqualTo(1);
    assertThat(archive.find(TODAY)).contains(TODAYS_PRICES);
  }

  @Test
  void today_whenTheSourceFails_fallsBackToACopyKeptMeanwhile() {
    archive.keep(TODAYS_PRICES);
    archive.failNextFinds(1);
    pse.failAlways("HTTP 503 for 2026-11-24");

    startAt(TODAY, LocalTime.of(8, 0));

    assertThat(views.today().value()).contains(TODAYS_PRICES);
    assertThat(views.today().source()).contains(SnapshotSource.FALLBACK);
    assertThat(pse.callsFor(TODAY)).isEqualTo(1);
  }

  @Test
  void
      today_whenTheSourceFailsAndNothingIsKept_isMissingWithTheError_andRetriedAfterThePollInterval() {
    pse.failAlways("HTTP 503 for 2026-11-24");

    startAt(TODAY, LocalTime.of(8, 0));
    runtime.advance(Duration.ofMinutes(14));

    Snapshot<PriceDay> today = views.today();
    assertThat(today.isPresent()).isFalse();
    assertThat(today.lastError().map(LoadError::message).orElseThrow())
        .contains("no prices for 2026-11-24 yet")
        .contains("asking again from 08:15");
    assertThat(pse.callsFor(TODAY)).isEqualTo(1);

    // a retry at most every poll interval (15 minutes), however often the view retries its load
    runtime.advance(Duration.ofMinutes(31));
    assertThat(pse.callsFor(TODAY)).isBetween(2L, 3L);

    pse.recover().publish(TODAYS_PRICES);
    runtime.advance(Duration.ofMinutes(20));
    assertThat(views.today().value()).contains(TODAYS_PRICES);
    assertThat(views.today().lastError()).isEmpty();
  }

  @Test
  void aDayWithTheSourceDown_neverCallsItMoreThanTheDailyBudget() {
    pse.failAlways("connection refused for every date");
    startAt(TODAY, LocalTime.MIDNIGHT);

    runtime.advance(Duration.ofHours(24).minusSeconds(1));

    int budget = PriceViewSettings.defaults().maxSourceCallsPerDay();
    assertThat(pse.calls()).hasSize(budget);
    assertThat(views.today().lastError().map(LoadError::message).orElseThrow())
        .contains("today's budget of 12 source calls is spent");

    runtime.advance(Duration.ofMinutes(10));
    assertThat(pse.calls()).hasSizeGreaterThan(budget);
  }

  @Test
  void atMidnight_tomorrowsDayIsTodayAtOnce_evenBeforeTheTodayViewReloads() {
    archive.keep(TODAYS_PRICES);
    archive.keep(TOMORROWS_PRICES);
    startAt(TODAY, LocalTime.of(23, 58));
    assertThat(views.tomorrow().value()).contains(TOMORROWS_PRICES);

    runtime.advance(Duration.ofMinutes(3)); // 00:01, the views next check at 00:03

    assertThat(views.today().value()).contains(TOMORROWS_PRICES);
    assertThat(views.todayView().snapshot().value()).contains(TODAYS_PRICES);
    assertThat(views.tomorrow().isPresent()).isFalse();

    runtime.advance(Duration.ofMinutes(3));
    assertThat(views.todayView().snapshot().value()).contains(TOMORROWS_PRICES);
    assertThat(views.today().value()).contains(TOMORROWS_PRICES);
    assertThat(pse.calls()).isEmpty();
  }

  @Test
  void today_withAnUnreadableArchive_isFetchedFromTheSource_andServedEvenIfItCannotBeKept() {
    archive.setFailing(true);
    pse.publish(TODAYS_PRICES);

    startAt(TODAY, LocalTime.of(8, 0));

    assertThat(views.today().value()).contains(TODAYS_PRICES);
    assertThat(views.today().source()).contains(SnapshotSource.LIVE);
    assertThat(archive.keeps()).isZero();
  }

  @Test
  void refreshAll_withBothDaysHeld_touchesNeitherArchiveNorSource() {
    archive.keep(TODAYS_PRICES);
    archive.keep(TOMORROWS_PRICES);
    startAt(TODAY, LocalTime.of(15, 0));
    int findsAfterStart = archive.finds();

    RefreshReport report = dashboard.refreshAll();

    assertThat(report.allSucceeded()).isTrue();
    assertThat(archive.finds()).isEqualTo(findsAfterStart);
    assertThat(pse.calls()).isEmpty();
    assertThat(views.tomorrow().value()).contains(TOMORROWS_PRICES);
    assertThat(dashboard.cacheReport().view(PriceViews.TODAY)).isPresent();
    assertThat(dashboard.cacheReport().view(PriceViews.TOMORROW)).isPresent();
  }

  @Test
  void settings_checkTheirValues() {
    PriceViewSettings defaults = PriceViewSettings.defaults();

    assertThat(defaults.tomorrowPollStart()).isEqualTo(LocalTime.of(13, 30));
    assertThat(defaults.pollInterval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(CHECK_INTERVAL).isEqualTo(Duration.ofMinutes(5));
    assertThatThrownBy(
            () ->
                new PriceViewSettings(
                    defaults.schedule(), defaults.tomorrowPollStart(), Duration.ZERO, 12))
        .hasMessage("'pollInterval' must be positive, but was PT0S");
    assertThatThrownBy(
            () ->
                new PriceViewSettings(
                    defaults.schedule(), defaults.tomorrowPollStart(), defaults.pollInterval(), 0))
        .hasMessage("'maxSourceCallsPerDay' must be at least 1, but was 0");
  }

  private void startAt(LocalDate date, LocalTime time) {
    runtime.clock().set(at(date, time));
    views =
        new PriceViews(
            dashboard,
            pse,
            archive,
            runtime.clock(),
            PriceDays.WARSAW,
            PriceViewSettings.defaults());
    dashboard.start();
    runtime.runDueTasks();
  }

  private static Instant at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, PriceDays.WARSAW).toInstant();
  }
}
