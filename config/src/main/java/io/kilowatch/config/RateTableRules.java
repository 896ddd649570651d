package io.kilowatch.config;

import io.kilowatch.core.energy.Tariff;
import io.kilowatch.core.energy.TariffZone;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What makes rate tables fit their tariff, in one place: {@link TariffSettings} throws on a
 * violation, the YAML binder reports it with file and line.
 */
final class RateTableRules {

  private RateTableRules() {}

  /** Why {@code table} does not fit {@code type}; empty if it does. */
  static List<String> violations(Tariff type, RateTable table) {
    List<String> violations = new ArrayList<>();
    Set<TariffZone> named = table.rates().keySet();
    if (!named.contains(TariffZone.ALL_HOURS)) {
      Set<TariffZone> missing = EnumSet.copyOf(zones(type));
      missing.removeAll(named);
      if (!missing.isEmpty()) {
        violations.add(
            type + " needs the rates " + needed(type) + "; missing " + yamlNames(missing));
      }
    }
    Set<TariffZone> extra = EnumSet.noneOf(TariffZone.class);
    extra.addAll(named);
    extra.removeAll(accepted(type));
    if (!extra.isEmpty()) {
      violations.add(type + " has no rates " + yamlNames(extra) + "; it needs " + needed(type));
    }
    if (type.isTimeBased() && table.peakHours().isEmpty()) {
      violations.add(type + " needs peak-hours, e.g. [{from: 7, to: 22}]");
    }
    if (!type.isTimeBased() && !table.peakHours().isEmpty()) {
      violations.add(type + " takes no peak-hours (only G12, G12as and G12w do)");
    }
    return violations;
  }

  /** Why a tariff's list of tables is unusable (empty, or dates not strictly ascending). */
  static List<String> orderViolations(Tariff type, List<RateTable> tables) {
    if (tables.isEmpty()) {
      return List.of(type + " needs at least one rate table");
    }
    List<String> violations = new ArrayList<>();
    for (int i = 1; i < tables.size(); i++) {
      if (!tables.get(i).validFrom().isAfter(tables.get(i - 1).validFrom())) {
        violations.add(
            type
                + " rate tables must be in ascending order of valid-from without repeats, but "
                + tables.get(i).validFrom()
                + " follows "
                + tables.get(i - 1).validFrom());
      }
    }
    return violations;
  }

  /**
   * The rates a rate table of {@code type} names: the tariff's own zones, each by name, or some by
   * name and {@code all-hours} for the rest (so one {@code all-hours} rate, as the coordinator
   * ships G13, fits any tariff).
   */
  static Set<TariffZone> zones(Tariff type) {
    return type.zones();
  }

  /** The names a rate table of {@code type} may use: its zones and {@code all-hours}. */
  static Set<TariffZone> accepted(Tariff type) {
    Set<TariffZone> accepted = EnumSet.copyOf(type.zones());
    accepted.add(TariffZone.ALL_HOURS);
    return accepted;
  }

  /** What a table of {@code type} needs, in words, for error messages. */
  static String needed(Tariff type) {
    Set<TariffZone> zones = zones(type);
    return zones.equals(EnumSet.of(TariffZone.ALL_HOURS))
        ? yamlNames(zones)
        : yamlNames(zones) + " (or all-hours for those not named)";
  }

  /** The name of {@code zone} in YAML: lower case with dashes, e.g. {@code off-peak}. */
  static String yamlName(TariffZone zone) {
    return zone.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String yamlNames(Set<TariffZone> zones) {
    List<String> names = new ArrayList<>();
    for (TariffZone zone : zones) {
      names.add(yamlName(zone));
    }
    return String.join(", ", names);
  }
}
