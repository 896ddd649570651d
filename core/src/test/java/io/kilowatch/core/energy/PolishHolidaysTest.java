package io.kilowatch.core.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Easter-based holidays for 2024-2031 and 24 December from 2025 (acceptance 3). */
class PolishHolidaysTest {

  @ParameterizedTest(name = "{0}: Easter {1}")
  @CsvSource({
    "2024, 2024-03-31, 2024-04-01, 2024-05-19, 2024-05-30",
    "2025, 2025-04-20, 2025-04-21, 2025-06-08, 2025-06-19",
    "2026, 2026-04-05, 2026-04-06, 2026-05-24, 2026-06-04",
    "2027, 2027-03-28, 2027-03-29, 2027-05-16, 2027-05-27",
    "2028, 2028-04-16, 2028-04-17, 2028-06-04, 2028-06-15",
    "2029, 2029-04-01, 2029-04-02, 2029-05-20, 2029-05-31",
    "2030, 2030-04-21, 2030-04-22, 2030-06-09, 2030-06-20",
    "2031, 2031-04-13, 2031-04-14, 2031-06-01, 2031-06-12"
  })
  void easterBasedHolidays_matchTheReferenceTable(
      int year,
      LocalDate easter,
      LocalDate easterMonday,
      LocalDate pentecost,
      LocalDate corpusChristi) {
    assertThat(PolishHolidays.easterSunday(year)).isEqualTo(easter);
    assertThat(PolishHolidays.of(year))
        .extracting(Holiday::date)
        .contains(easter, easterMonday, pentecost, corpusChristi);
    for (LocalDate date : List.of(easter, easterMonday, pentecost, corpusChristi)) {
      assertThat(PolishHolidays.isHoliday(date)).as("%s is a holiday", date).isTrue();
      assertThat(PolishHolidays.isFreeDay(date)).as("%s is a free day", date).isTrue();
    }
    assertThat(PolishHolidays.isHoliday(easter.minusDays(1))).isFalse();
    assertThat(PolishHolidays.isHoliday(easterMonday.plusDays(1))).isFalse();
    assertThat(PolishHolidays.isHoliday(corpusChristi.plusDays(1))).isFalse();
  }

  @Test
  void christmasEve_isAHolidayFrom2025Only() {
    assertThat(PolishHolidays.isHoliday(LocalDate.of(2024, 12, 24))).isFalse();
    assertThat(PolishHolidays.isFreeDay(LocalDate.of(2024, 12, 24))).isFalse();
    assertThat(PolishHolidays.isHoliday(LocalDate.of(2025, 12, 24))).isTrue();
    assertThat(PolishHolidays.isHoliday(LocalDate.of(2031, 12, 24))).isTrue();
    assertThat(PolishHolidays.of(2024))
        .extracting(Holiday::date)
        .doesNotContain(LocalDate.of(2024, 12, 24));
    assertThat(PolishHolidays.of(2025))
        .extracting(Holiday::date)
        .contains(LocalDate.of(2025, 12, 24));
  }

  @Test
  void of_listsThirteenHolidaysBefore2025AndFourteenFrom2025_inDateOrder() {
    assertThat(PolishHolidays.of(2024)).hasSize(13);
    assertThat(PolishHolidays.of(2025)).hasSize(14);
    assertThat(PolishHolidays.of(2026))
        .extracting(Holiday::date)
        .isSorted()
        .startsWith(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 6))
        .endsWith(
            LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
  }

  @Test
  void isHoliday_agreesWithTheListForEveryDayOf2024To2031() {
    for (int year = 2024; year <= 2031; year++) {
      List<LocalDate> listed = PolishHolidays.of(year).stream().map(Holiday::date).toList();
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        assertThat(PolishHolidays.isHoliday(day)).as("%s", day).isEqualTo(listed.contains(day));
      }
    }
  }

  @Test
  void fixedHolidays_areHolidays() {
    for (String date :
        List.of(
            "2026-01-01",
            "2026-01-06",
            "2026-05-01",
            "2026-05-03",
            "2026-08-15",
            "2026-11-01",
            "2026-11-11",
            "2026-12-25",
            "2026-12-26")) {
      assertThat(PolishHolidays.isHoliday(LocalDate.parse(date))).as(date).isTrue();
    }
  }

  @Test
  void isFreeDay_isTrueOnWeekendsAndHolidays_only() {
    assertThat(PolishHolidays.isFreeDay(LocalDate.of(2025, 11, 8))).as("Saturday").isTrue();
    assertThat(PolishHolidays.isFreeDay(LocalDate.of(2025, 11, 9))).as("Sunday").isTrue();
    assertThat(PolishHolidays.isFreeDay(LocalDate.of(2025, 11, 11))).as("Tuesday holiday").isTrue();
    assertThat(PolishHolidays.isFreeDay(LocalDate.of(2025, 11, 12))).as("Wednesday").isFalse();
  }
}
