package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Polish distribution tariffs Kilowatch prices, and which zone applies at a local time.
 *
 * <p>Zones are judged on the local START of a period (the coordinator uses its end, which flips
 * zones a quarter early). Where the coordinator is known to be wrong, Kilowatch deliberately
 * differs:
 *
 * <ul>
 *   <li>G12, G12as, G12w: a rate table may make Saturdays, Sundays and holidays off-peak all day
 *       ({@link RateTable#offPeakOnFreeDays()}); the defaults do so for G12w, as G12w offers do,
 *       and not for G12 and G12as, whose zones do not depend on the day.
 *   <li>G13: priced by its three zones (working days: morning peak 7-13, afternoon peak 19-22 in
 *       summer and 16-21 in winter; every other hour and free days off-peak; summer is April to
 *       September), instead of the coordinator's one-rate placeholder. Its default table keeps the
 *       coordinator's 0.0 for all hours, so configure the distributor's rates.
 *   <li>G14dynamic: the zone follows the Kompas status when one is given; without one the zone is
 *       {@link TariffZone#FALLBACK}, visibly so in every {@link ConsumerPrice}.
 *   <li>Free days include 24 December from 2025 ({@link PolishHolidays}).
 * </ul>
 */
public enum Tariff {
  /** One rate all day. */
  G11("G11"),
  /** Two zones by hour: peak and off-peak. */
  G12("G12"),
  /** Two zones by hour, the "as" (anti-smog) variant. */
  G12AS("G12as"),
  /** Two zones by hour, the "w" (weekend) variant. */
  G12W("G12w"),
  /** Three zones by hour on working days, off-peak on free days. */
  G13("G13"),
  /** Seasonal three zones on working days, one rate on free days. */
  G13S("G13s"),
  /** Rate by the hour's PSE Kompas status. */
  G14DYNAMIC("G14dynamic");

  private final String displayName;

  Tariff(String displayName) {
    this.displayName = displayName;
  }

  /** The usual spelling, e.g. {@code G12as}. */
  public String displayName() {
    return displayName;
  }

  /** Whether the zones are chosen by a rate table's peak hours (G12, G12as, G12w). */
  public boolean isTimeBased() {
    return this == G12 || this == G12AS || this == G12W;
  }

  /** The zones this tariff uses; a rate table must cover each (by name or by ALL_HOURS). */
  public Set<TariffZone> zones() {
    return switch (this) {
      case G11 -> EnumSet.of(TariffZone.ALL_HOURS);
      case G12, G12AS, G12W -> EnumSet.of(TariffZone.PEAK, TariffZone.OFF_PEAK);
      case G13 ->
          EnumSet.of(TariffZone.MORNING_PEAK, TariffZone.AFTERNOON_PEAK, TariffZone.OFF_PEAK);
      case G13S ->
          EnumSet.of(
              TariffZone.SUMMER_DAY_PEAK,
              TariffZone.SUMMER_DAY_OFF_PEAK,
              TariffZone.SUMMER_NIGHT,
              TariffZone.WINTER_DAY_PEAK,
              TariffZone.WINTER_DAY_OFF_PEAK,
              TariffZone.WINTER_NIGHT,
              TariffZone.FREE_DAYS);
      case G14DYNAMIC ->
          EnumSet.of(
              TariffZone.RECOMMENDED_USAGE,
              TariffZone.NORMAL_USAGE,
              TariffZone.RECOMMENDED_SAVING,
              TariffZone.REQUIRED_REDUCTION,
              TariffZone.FALLBACK);
    };
  }

  /**
   * The zone in force at local time {@code local} (a period's local start) under {@code table},
   * with no Kompas status known.
   */
  public TariffZone zoneAt(LocalDateTime local, RateTable table) {
    requireNonNull(local, "'local' must not be null");
    requireNonNull(table, "'table' must not be null");
    int hour = local.getHour();
    return switch (this) {
      case G11 -> TariffZone.ALL_HOURS;
      case G12, G12AS, G12W -> {
        if (table.offPeakOnFreeDays() && PolishHolidays.isFreeDay(local.toLocalDate())) {
          yield TariffZone.OFF_PEAK;
        }
        yield table.isPeakHour(hour) ? TariffZone.PEAK : TariffZone.OFF_PEAK;
      }
      case G13 -> g13Zone(local, hour);
      case G13S -> g13sZone(local, hour);
      case G14DYNAMIC -> TariffZone.FALLBACK;
    };
  }

  /**
   * The zone in force at local time {@code local} under {@code table}, with the hour's Kompas
   * status known; only G14dynamic uses it.
   */
  public TariffZone zoneAt(LocalDateTime local, RateTable table, KompasStatus status) {
    requireNonNull(status, "'status' must not be null");
    return this == G14DYNAMIC ? status.zone() : zoneAt(local, table);
  }

  /** The tariff spelled {@code name}, ignoring case ({@code g12as}, {@code G12AS}, ...). */
  public static Optional<Tariff> fromName(String name) {
    requireNonNull(name, "'name' must not be null");
    String wanted = name.strip().toUpperCase(Locale.ROOT);
    for (Tariff tariff : values()) {
      if (tariff.name().equals(wanted)) {
        return Optional.of(tariff);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return displayName;
  }

  /** Summer for G13 and G13s: 1 April to 30 September. */
  private static boolean isSummer(LocalDateTime local) {
    int month = local.getMonthValue();
    return month >= 4 && month <= 9;
  }

  private static TariffZone g13Zone(LocalDateTime local, int hour) {
    if (PolishHolidays.isFreeDay(local.toLocalDate())) {
      return TariffZone.OFF_PEAK;
    }
    if (hour >= 7 && hour < 13) {
      return TariffZone.MORNING_PEAK;
    }
    boolean afternoon = isSummer(local) ? hour >= 19 && hour < 22 : hour >= 16 && hour < 21;
    return afternoon ? TariffZone.AFTERNOON_PEAK : TariffZone.OFF_PEAK;
  }

  private static TariffZone g13sZone(LocalDateTime local, int hour) {
    if (PolishHolidays.isFreeDay(local.toLocalDate())) {
      return TariffZone.FREE_DAYS;
    }
    boolean night = hour >= 21 || hour < 7;
    if (isSummer(local)) {
      if (night) {
        return TariffZone.SUMMER_NIGHT;
      }
      return hour >= 9 && hour < 17 ? TariffZone.SUMMER_DAY_OFF_PEAK : TariffZone.SUMMER_DAY_PEAK;
    }
    if (night) {
      return TariffZone.WINTER_NIGHT;
    }
    return hour >= 10 && hour < 15 ? TariffZone.WINTER_DAY_OFF_PEAK : TariffZone.WINTER_DAY_PEAK;
  }
}
