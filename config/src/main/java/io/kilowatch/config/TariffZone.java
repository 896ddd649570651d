package io.kilowatch.config;

import java.util.Locale;

/**
 * The named rates a rate table can hold. Which of them a tariff needs is {@link
 * TariffType#zones()}. In YAML each is written in lower case with dashes, e.g. {@code off-peak}.
 */
public enum TariffZone {
  /** G11 and G13: one rate for every hour. */
  ALL_HOURS,
  /** G12, G12as, G12w: inside the table's peak hours. */
  PEAK,
  /** G12, G12as, G12w: outside the table's peak hours. */
  OFF_PEAK,
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
  /** G13s: every hour of Saturdays, Sundays and public holidays. */
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
  FALLBACK;

  /** The name used in YAML, e.g. {@code off-peak}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
