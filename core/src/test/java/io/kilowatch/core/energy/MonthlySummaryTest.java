package io.kilowatch.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.testing.Decisions;
import io.kilowatch.core.testing.EnergyReadings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlySummaryTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  @Test
  void compute_groupsByLocalDay_inTheInstallationsZone() {
    // 2026-03-01 00:30 in Warsaw is still 2026-02-28 in UTC.
    Decision justAfterMidnight = Decisions.aCharge(local("2026-03-01T00:30:00"));
    Decision lateEvening = Decisions.aWait(local("2026-03-01T23:45:00"));
    Decision nextDay = Decisions.aCharge(local("2026-03-02T00:00:00"));
    Decision february = Decisions.aCharge(local("2026-02-28T23:59:59"));

    MonthlySummary summary =
        MonthlySummary.compute(
            MARCH, WARSAW, List.of(nextDay, february, lateEvening, justAfterMidnight), List.of());

    assertThat(summary.days())
        .extracting(DailySnapshot::date, day -> day.totals().counts())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2026, 3, 1), new DecisionCounts(1, 1, 0)),
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2026, 3, 2), new DecisionCounts(1, 0, 0)));
    assertThat(summary.totals().counts()).isEqualTo(new DecisionCounts(2, 1, 0));
    assertThat(summary.daysWithData()).isEqualTo(2);
  }

  @Test
  void compute_onTheDaylightSavingDay_keepsAll23Hours() {
    // 2026-03-29 has 23 hours in Warsaw; its last quarter starts 23:45 CEST = 21:45 UTC.
    Decision first = Decisions.aCharge(local("2026-03-29T00:00:00"));
    Decision last = Decisions.aWait(local("2026-03-29T23:45:00"));

    MonthlySummary summary = MonthlySummary.compute(MARCH, WARSAW, List.of(first, last), List.of());

    assertThat(summary.days()).hasSize(1);
    assertThat(summary.days().get(0).totals().counts().total()).isEqualTo(2);
  }

  @Test
  void compute_givesEachDayItsOwnReadings_forItsGridImport() {
    Decision day1 = Decisions.aCharge(local("2026-03-01T02:00:00"));
    Decision day2 = Decisions.aCharge(local("2026-03-02T02:00:00"));
    List<EnergyReading> readings =
        List.of(
            counter("2026-03-01T01:00:00", 100.0),
            counter("2026-03-01T23:55:00", 110.0),
            counter("2026-03-02T00:00:00", 110.5),
            counter("2026-03-02T23:55:00", 118.5));

    MonthlySummary summary = MonthlySummary.compute(MARCH, WARSAW, List.of(day1, day2), readings);

    assertThat(summary.days())
        .extracting(day -> day.totals().gridImport().orElseThrow())
        .containsExactly(new BigDecimal("10.0"), new BigDecimal("8.0"));
    assertThat(summary.totals().gridImport()).contains(new BigDecimal("18.0"));
  }

  @Test
  void empty_hasTheSameShapeAsAnyMonth() {
    MonthlySummary empty = MonthlySummary.empty(MARCH);

    assertThat(empty.monthName()).isEqualTo("March");
    assertThat(empty.daysWithData()).isZero();
    assertThat(empty.totals()).isEqualTo(SummaryTotals.NONE);
    assertThat(MonthlySummary.compute(MARCH, WARSAW, List.of(), List.of())).isEqualTo(empty);
  }

  @Test
  void timeRange_spansTheLocalMonth() {
    assertThat(MonthlySummary.timeRange(MARCH, WARSAW))
        .isEqualTo(
            new TimeRange(
                Instant.parse("2026-02-28T23:00:00Z"), Instant.parse("2026-03-31T22:00:00Z")));
  }

  @Test
  void constructor_withADayOfAnotherMonth_isRejectedNamingIt() {
    DailySnapshot april = new DailySnapshot(LocalDate.of(2026, 4, 1), SummaryTotals.NONE);

    assertThatThrownBy(() -> new MonthlySummary(MARCH, List.of(april), SummaryTotals.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'days'")
        .hasMessageContaining("2026-04-01");
  }

  private static Instant local(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WARSAW).toInstant();
  }

  private static EnergyReading counter(String localDateTime, double importKwh) {
    return EnergyReadings.aReading(local(localDateTime)).gridImport(importKwh, "T2").build();
  }
}
