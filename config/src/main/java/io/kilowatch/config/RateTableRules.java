package io.kilowatch.config;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What makes rate tables fit their tariff, in one place: {@link TariffSettings} throws on a
 * violation, the YAML binder reports it with file and line.
 */
final class RateTableRules {

  private RateTableRules() {}

  /** Why {@code table} does not fit {@code type}; empty if it does. */
  static List<String> violations(TariffType type, RateTable table) {
    List<String> violations = new ArrayList<>();
    Set<TariffZone> missing = EnumSet.copyOf(type.zones());
    missing.removeAll(table.rates().keySet());
    if (!missing.isEmpty()) {
      violations.add(
          type + " needs the rates " + yamlNames(type.zones()) + "; missing " + yamlNames(missing));
    }
    Set<TariffZone> extra = EnumSet.noneOf(TariffZone.class);
    extra.addAll(table.rates().keySet());
    extra.removeAll(type.zones());
    if (!extra.isEmpty()) {
      violations.add(
          type + " has no rates " + yamlNames(extra) + "; it needs " + yamlNames(type.zones()));
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
  static List<String> orderViolations(TariffType type, List<RateTable> tables) {
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

  static String yamlNames(Set<TariffZone> zones) {
    List<String> names = new ArrayList<>();
    for (TariffZone zone : zones) {
      names.add(zone.yamlName());
    }
    return String.join(", ", names);
  }
}
