package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Polish statutory non-working days (Ustawa o dniach wolnych od pracy) and free days for tariffs.
 *
 * <p>Fixed dates: 1 and 6 January, 1 and 3 May, 15 August, 1 and 11 November, 25 and 26 December,
 * and 24 December (Wigilia) from 2025 on, when the amendment of December 2024 made it a non-working
 * day (the coordinator's calendar lacks it). Movable dates, from Easter Sunday by the Gregorian
 * computus (anonymous Gregorian / Meeus-Jones-Butcher): Easter Sunday, Easter Monday, Pentecost
 * (Easter + 49 days) and Corpus Christi (Easter + 60 days).
 *
 * <p>Stateless and thread-safe.
 */
public final class PolishHolidays {

  /** The first year 24 December is a statutory non-working day. */
  public static final int CHRISTMAS_EVE_FROM = 2025;

  private static final Set<MonthDay> FIXED =
      Set.of(
          MonthDay.of(1, 1),
          MonthDay.of(1, 6),
          MonthDay.of(5, 1),
          MonthDay.of(5, 3),
          MonthDay.of(8, 15),
          MonthDay.of(11, 1),
          MonthDay.of(11, 11),
          MonthDay.of(12, 25),
          MonthDay.of(12, 26));

  private PolishHolidays() {}

  /** Easter Sunday of {@code year} (Gregorian calendar, 1583 or later). */
  public static LocalDate easterSunday(int year) {
    if (year < 1583) {
      throw new IllegalArgumentException(
          "'year' must be 1583 or later (Gregorian calendar), but was " + year);
    }
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /** The holidays of {@code year}, in date order. */
  public static List<Holiday> of(int year) {
    LocalDate easter = easterSunday(year);
    List<Holiday> holidays = new ArrayList<>();
    holidays.add(fixed(year, 1, 1, "Nowy Rok"));
    holidays.add(fixed(year, 1, 6, "Święto Trzech Króli"));
    holidays.add(new Holiday(easter, "Wielkanoc"));
    holidays.add(new Holiday(easter.plusDays(1), "Poniedziałek Wielkanocny"));
    holidays.add(fixed(year, 5, 1, "Święto Pracy"));
    holidays.add(fixed(year, 5, 3, "Święto Konstytucji 3 Maja"));
    holidays.add(new Holiday(easter.plusDays(49), "Zielone Świątki"));
    holidays.add(new Holiday(easter.plusDays(60), "Boże Ciało"));
    holidays.add(fixed(year, 8, 15, "Wniebowzięcie Najświętszej Maryi Panny"));
    holidays.add(fixed(year, 11, 1, "Wszystkich Świętych"));
    holidays.add(fixed(year, 11, 11, "Narodowe Święto Niepodległości"));
    if (year >= CHRISTMAS_EVE_FROM) {
      holidays.add(fixed(year, 12, 24, "Wigilia Bożego Narodzenia"));
    }
    holidays.add(fixed(year, 12, 25, "Boże Narodzenie (pierwszy dzień)"));
    holidays.add(fixed(year, 12, 26, "Boże Narodzenie (drugi dzień)"));
    holidays.sort(Comparator.comparing(Holiday::date));
    return List.copyOf(holidays);
  }

  /** Whether {@code date} is a statutory non-working day. */
  public static boolean isHoliday(LocalDate date) {
    requireNonNull(date, "'date' must not be null");
    if (FIXED.contains(MonthDay.from(date))) {
      return true;
    }
    if (date.getMonthValue() == 12 && date.getDayOfMonth() == 24) {
      return date.getYear() >= CHRISTMAS_EVE_FROM;
    }
    // Movable holidays fall between 22 March (earliest Easter) and 24 June (latest Corpus Christi).
    int month = date.getMonthValue();
    if (month < 3 || month > 6) {
      return false;
    }
    long afterEaster = ChronoUnit.DAYS.between(easterSunday(date.getYear()), date);
    return afterEaster == 0 || afterEaster == 1 || afterEaster == 49 || afterEaster == 60;
  }

  /** Whether {@code date} is a free day for tariffs: a Saturday, a Sunday or a holiday. */
  public static boolean isFreeDay(LocalDate date) {
    requireNonNull(date, "'date' must not be null");
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || isHoliday(date);
  }

  private static Holiday fixed(int year, int month, int day, String name) {
    return new Holiday(MonthDay.of(month, day).atYear(year), name);
  }
}
