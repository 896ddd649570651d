package io.kilowatch.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.testing.PriceDays;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Period arithmetic, including both daylight-saving days (acceptance 1). */
class PriceDayTest {

  @ParameterizedTest(name = "{0} has {1} quarters and {2} hours")
  @CsvSource({
    "2025-03-30, 92, 23, 2025-03-29T23:00:00Z, 2025-03-30T22:00:00Z",
    "2025-10-26, 100, 25, 2025-10-25T22:00:00Z, 2025-10-26T23:00:00Z",
    "2024-10-27, 100, 25, 2024-10-26T22:00:00Z, 2024-10-27T23:00:00Z",
    "2024-07-01, 96, 24, 2024-06-30T22:00:00Z, 2024-07-01T22:00:00Z",
    "2025-12-16, 96, 24, 2025-12-15T23:00:00Z, 2025-12-16T23:00:00Z"
  })
  void periods_ofEachKindOfDay_coverItsTrueInstants(
      LocalDate date, int quarters, int hours, Instant start, Instant end) {
    PriceDay quarterDay = PriceDays.flat(date, PriceDays.QUARTER, "400");
    PriceDay hourlyDay = PriceDays.flat(date, PriceDays.HOUR, "400");

    assertThat(quarterDay.periods()).hasSize(quarters);
    assertThat(hourlyDay.periods()).hasSize(hours);
    assertThat(quarterDay.start()).isEqualTo(start);
    assertThat(quarterDay.end()).isEqualTo(end);
    assertThat(quarterDay.length()).isEqualTo(Duration.ofHours(hours));
    assertThat(hourlyDay.resolution()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void periodAt_theSpringDay_jumpsFrom0145To0300LocalWithoutAGap() {
    PriceDay day = PriceDays.flat(PriceDays.SPRING_FORWARD_2025, PriceDays.QUARTER, "400");
    Instant lastBeforeJump = local(2025, 3, 30, 1, 45).toInstant();
    Instant firstAfterJump = local(2025, 3, 30, 3, 0).toInstant();

    PricePeriod before = day.periodAt(lastBeforeJump).orElseThrow();
    PricePeriod after = day.periodAt(firstAfterJump).orElseThrow();

    assertThat(before.start()).isEqualTo(Instant.parse("2025-03-30T00:45:00Z"));
    assertThat(before.end()).isEqualTo(after.start());
    assertThat(after.start()).isEqualTo(Instant.parse("2025-03-30T01:00:00Z"));
    assertThat(day.indexAt(firstAfterJump)).isEqualTo(8);
    assertThat(after.duration()).isEqualTo(Duration.ofMinutes(15));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2025-10-26", "2024-10-27"})
  void periodAt_0220LocalOnTheAutumnDay_findsAPeriodInEachPassOf0200To0300(LocalDate date) {
    PriceDay day = PriceDays.withPrices(date, PriceDays.QUARTER, BigDecimal::valueOf);
    LocalDateTime twentyPastTwo = date.atTime(2, 20);
    ZonedDateTime firstPass =
        ZonedDateTime.ofLocal(twentyPastTwo, PriceDays.WARSAW, null).withEarlierOffsetAtOverlap();
    ZonedDateTime secondPass = firstPass.withLaterOffsetAtOverlap();

    PricePeriod summerTime = day.periodAt(firstPass.toInstant()).orElseThrow();
    PricePeriod winterTime = day.periodAt(secondPass.toInstant()).orElseThrow();

    assertThat(firstPass.getOffset().getTotalSeconds()).isEqualTo(7200);
    assertThat(secondPass.getOffset().getTotalSeconds()).isEqualTo(3600);
    assertThat(summerTime.start()).isEqualTo(date.atTime(0, 15).toInstant(ZoneOffset.UTC));
    assertThat(winterTime.start()).isEqualTo(date.atTime(1, 15).toInstant(ZoneOffset.UTC));
    assertThat(day.indexAt(firstPass.toInstant())).isEqualTo(9);
    assertThat(day.indexAt(secondPass.toInstant())).isEqualTo(13);
    assertThat(summerTime.price()).isEqualTo(PlnPerMwh.of("9"));
    assertThat(winterTime.price()).isEqualTo(PlnPerMwh.of("13"));
  }

  @Test
  void periodAt_outsideTheDay_isEmpty() {
    PriceDay day = PriceDays.flat(LocalDate.of(2025, 10, 5), PriceDays.QUARTER, "400");

    assertThat(day.periodAt(day.start().minusNanos(1))).isEmpty();
    assertThat(day.periodAt(day.end())).isEmpty();
    assertThat(day.periodAt(day.end().minusNanos(1))).contains(day.periods().get(95));
  }

  @Test
  void constructor_sortsPeriodsGivenOutOfOrder() {
    PriceDay day = PriceDays.random(LocalDate.of(2025, 10, 5), PriceDays.QUARTER, new Random(1));
    List<PricePeriod> reversed = new ArrayList<>(day.periods());
    Collections.reverse(reversed);

    assertThat(new PriceDay(day.businessDate(), day.zone(), reversed)).isEqualTo(day);
  }

  @Test
  void constructor_withADuplicatePeriod_namesIt() {
    List<PricePeriod> periods = periodsOf(LocalDate.of(2025, 10, 5));
    periods.add(periods.get(10));

    assertThatThrownBy(() -> new PriceDay(LocalDate.of(2025, 10, 5), PriceDays.WARSAW, periods))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate period [2025-10-05T00:30:00Z");
  }

  @Test
  void constructor_withOverlappingPeriods_namesThem() {
    List<PricePeriod> periods = periodsOf(LocalDate.of(2025, 10, 5));
    PricePeriod fifth = periods.get(5);
    Duration early = Duration.ofMinutes(5);
    periods.set(
        5, new PricePeriod(fifth.start().minus(early), fifth.end().minus(early), fifth.price()));

    assertThatThrownBy(() -> new PriceDay(LocalDate.of(2025, 10, 5), PriceDays.WARSAW, periods))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "overlap: [2025-10-04T23:00:00Z, 2025-10-04T23:15:00Z) 400 PLN/MWh and [2025-10-04T23:10:00Z");
  }

  @Test
  void constructor_withAMissingPeriod_namesTheGap() {
    List<PricePeriod> periods = periodsOf(LocalDate.of(2025, 10, 5));
    periods.remove(50);

    assertThatThrownBy(() -> new PriceDay(LocalDate.of(2025, 10, 5), PriceDays.WARSAW, periods))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gap from 2025-10-05T10:30:00Z to 2025-10-05T10:45:00Z");
  }

  @Test
  void constructor_ofAPartialDay_isRejected() {
    List<PricePeriod> periods = periodsOf(LocalDate.of(2025, 10, 5));
    List<PricePeriod> lastHourMissing = periods.subList(0, 92);
    List<PricePeriod> firstHourMissing = periods.subList(4, 96);

    assertThatThrownBy(
            () -> new PriceDay(LocalDate.of(2025, 10, 5), PriceDays.WARSAW, lastHourMissing))
        .hasMessageContaining("must end at the next day's start 2025-10-05T22:00:00Z");
    assertThatThrownBy(
            () -> new PriceDay(LocalDate.of(2025, 10, 5), PriceDays.WARSAW, firstHourMissing))
        .hasMessageContaining("must start at the day's start 2025-10-04T22:00:00Z");
    assertThatThrownBy(() -> new PriceDay(LocalDate.of(2025, 10, 5), PriceDays.WARSAW, List.of()))
        .hasMessageContaining("must not be empty");
  }

  @Test
  void constructor_ofTheWrongBusinessDate_isRejected() {
    List<PricePeriod> periods = periodsOf(LocalDate.of(2025, 10, 5));

    assertThatThrownBy(() -> new PriceDay(LocalDate.of(2025, 10, 6), PriceDays.WARSAW, periods))
        .hasMessageContaining("must start at the day's start 2025-10-05T22:00:00Z");
  }

  @Test
  void constructor_ofMixedResolutions_isRejected() {
    LocalDate date = LocalDate.of(2025, 10, 5);
    List<PricePeriod> periods = new ArrayList<>(periodsOf(date).subList(0, 4));
    Instant start = periods.get(3).end();
    for (int hour = 0; hour < 23; hour++) {
      Instant from = start.plus(Duration.ofHours(hour));
      periods.add(new PricePeriod(from, from.plus(Duration.ofHours(1)), PlnPerMwh.of("1")));
    }

    assertThatThrownBy(() -> new PriceDay(date, PriceDays.WARSAW, periods))
        .hasMessageContaining("must all be PT15M long");
  }

  @Test
  void pricePeriod_endingAtItsStart_isRejected() {
    Instant at = Instant.parse("2025-10-05T10:00:00Z");

    assertThatThrownBy(() -> new PricePeriod(at, at, PlnPerMwh.of("1")))
        .hasMessage(
            "'end' must be after 'start' (2025-10-05T10:00:00Z), but was 2025-10-05T10:00:00Z");
  }

  @Test
  void prices_compareAndConvertExactly() {
    assertThat(PlnPerMwh.of("527.82000")).isEqualTo(PlnPerMwh.of("527.82"));
    assertThat(PlnPerMwh.of("-0.81").toPlnPerKwh()).isEqualTo(PlnPerKwh.of("-0.00081"));
    assertThat(PlnPerKwh.of("0.110")).isEqualTo(PlnPerKwh.of("0.11"));
  }

  private static List<PricePeriod> periodsOf(LocalDate date) {
    return new ArrayList<>(PriceDays.flat(date, PriceDays.QUARTER, "400").periods());
  }

  private static ZonedDateTime local(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(PriceDays.WARSAW);
  }
}
