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
    Set<TariffZone> missing = EnumSet.copyOf(zones(type));
    missing.removeAll(table.rates().keySet());
    if (!missing.isEmpty()) {
      violations.add(
          type + " needs the rates " + yamlNames(zones(type)) + "; missing " + yamlNames(missing));
    }
    Set<TariffZone> extra = EnumSet.noneOf(TariffZone.class);
    extra.addAll(table.rates().keySet());
    extra.removeAll(zones(type));
    if (!extra.isEmpty()) {
      violations.add(
          type + " has no rates " + yamlNames(extra) + "; it needs " + yamlNames(zones(type)));
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
   * The rates every configured rate table of {@code type} must hold, no more and no fewer: the
   * tariff's own zones, except G13, which is configured as one {@code all-hours} rate as the
   * coordinator ships it (core's {@code ALL_HOURS} stands in for G13's three zones).
   */
  static Set<TariffZone> zones(Tariff type) {
    return type == Tariff.G13 ? EnumSet.of(TariffZone.ALL_HOURS) : type.zones();
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
