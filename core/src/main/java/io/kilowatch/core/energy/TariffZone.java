package io.kilowatch.core.energy;

/**
 * The named distribution rates a {@link RateTable} can hold; which zone applies at an instant is
 * decided by the {@link Tariff}. {@link #ALL_HOURS} also stands in for every zone a table does not
 * name, so a one-rate table fits any tariff.
 */
public enum TariffZone {
  /** G11: every hour. For other tariffs: the rate of every zone the table does not name. */
  ALL_HOURS,
  /** G12, G12as, G12w: inside the table's peak hours. */
  PEAK,
  /** G12, G12as, G12w, G13: outside the peak hours (and on free days where the tariff says so). */
  OFF_PEAK,
  /** G13, working days 7-13. */
  MORNING_PEAK,
  /** G13, working days: summer 19-22, winter 16-21. */
  AFTERNOON_PEAK,
  /** G13s, working days 1 April to 30 September, 7-9 and 17-21. */
  SUMMER_DAY_PEAK,
  /** G13s, working days 1 April to 30 September, 9-17. */
  SUMMER_DAY_OFF_PEAK,
  /** G13s, working days 1 April to 30 September, 21-7. */
  SUMMER_NIGHT,
  /** G13s, working days 1 October to 31 March, 7-10 and 15-21. */
  WINTER_DAY_PEAK,
  /** G13s, working days 1 October to 31 March, 10-15. */
  WINTER_DAY_OFF_PEAK,
  /** G13s, working days 1 October to 31 March, 21-7. */
  WINTER_NIGHT,
  /** G13s: every hour of Saturdays, Sundays and holidays. */
  FREE_DAYS,
  /** G14dynamic: PSE Kompas "ZALECANE UŻYTKOWANIE" (code 0). */
  RECOMMENDED_USAGE,
  /** G14dynamic: PSE Kompas "NORMALNE UŻYTKOWANIE" (code 1). */
  NORMAL_USAGE,
  /** G14dynamic: PSE Kompas "ZALECANE OSZCZĘDZANIE" (code 2). */
  RECOMMENDED_SAVING,
  /** G14dynamic: PSE Kompas "WYMAGANE OGRANICZANIE" (code 3). */
  REQUIRED_REDUCTION,
  /** G14dynamic: no Kompas status known for the hour. */
  FALLBACK
}
