package io.kilowatch.config;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Polish distribution tariffs Kilowatch prices. {@link #displayName()} is the spelling used in
 * YAML and on screen ({@code G12as}); parsing ignores case, so the coordinator's {@code g12as}
 * reads too.
 */
public enum TariffType {
  /** One rate all day. */
  G11("G11"),
  /** Two zones by hour: peak and off-peak. */
  G12("G12"),
  /** Two zones by hour, the "as" variant. */
  G12AS("G12as"),
  /** Two zones by hour, the "w" variant. */
  G12W("G12w"),
  /** Three zones; the coordinator ships it as a one-rate placeholder, and so does Kilowatch. */
  G13("G13"),
  /** Seasonal three zones on working days, one rate on free days. */
  G13S("G13s"),
  /** Rate by the hour's PSE Kompas status. */
  G14DYNAMIC("G14dynamic");

  private final String displayName;

  TariffType(String displayName) {
    this.displayName = displayName;
  }

  /** The spelling used in YAML and on screen, e.g. {@code G12as}. */
  public String displayName() {
    return displayName;
  }

  /** Whether the tariff's zones are chosen by hour ranges, so its rate tables need peak hours. */
  public boolean isTimeBased() {
    return this == G12 || this == G12AS || this == G12W;
  }

  /** The rates every rate table of this tariff must hold, no more and no fewer. */
  public Set<TariffZone> zones() {
    return switch (this) {
      case G11, G13 -> EnumSet.of(TariffZone.ALL_HOURS);
      case G12, G12AS, G12W -> EnumSet.of(TariffZone.PEAK, TariffZone.OFF_PEAK);
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
   * The tariff spelled {@code name}, ignoring case ({@code g12as}, {@code G12AS}, {@code G12as}).
   */
  public static Optional<TariffType> fromName(String name) {
    String wanted = name.strip().toUpperCase(Locale.ROOT);
    for (TariffType type : values()) {
      if (type.name().equals(wanted)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return displayName;
  }
}
