package io.kilowatch.config;

import io.kilowatch.core.energy.HourRange;
import io.kilowatch.core.energy.Tariff;
import io.kilowatch.core.energy.TariffZone;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The value type of {@code tariff.rate-tables}: a mapping of tariffs to lists of rate tables.
 * Tariffs not mentioned keep their default tables. Reports every problem inside, each at its own
 * line.
 *
 * <pre>
 * G12:
 *   - valid-from: 2024-01-01
 *     peak-hours: [{from: 7, to: 13}, {from: 15, to: 22}]
 *     rates: {peak: 0.3566, off-peak: 0.0749}
 * </pre>
 */
final class RateTablesType implements ValueType<Map<Tariff, List<RateTable>>> {

  static final String VALID_FROM = "valid-from";
  static final String RATES = "rates";
  static final String PEAK_HOURS = "peak-hours";
  private static final List<String> TABLE_KEYS = List.of(VALID_FROM, PEAK_HOURS, RATES);
  private static final List<String> RANGE_KEYS = List.of("from", "to");

  private static final ValueType<BigDecimal> RATE =
      ValueTypes.decimal(BigDecimal.ZERO, new BigDecimal("100"));
  private static final ValueType<Integer> HOUR = ValueTypes.integer(0, 24, false);

  @Override
  public Map<Tariff, List<RateTable>> parse(ConfigNode node, Diagnostics diagnostics) {
    if (!(node instanceof MapNode tariffs)) {
      throw new InvalidValueException(
          "expected a mapping of tariffs (G11, G12, ...) to lists of rate tables; rate tables can"
              + " only be set in a YAML file");
    }
    Map<Tariff, List<RateTable>> result = new EnumMap<>(DefaultRates.ALL);
    tariffs
        .entries()
        .forEach(
            (name, value) -> {
              Optional<Tariff> type = Tariff.fromName(name);
              if (type.isEmpty()) {
                diagnostics.error(
                    value.origin(),
                    name,
                    "unknown tariff" + KeySuggester.hint(name, tariffNames(), tariffNames()));
              } else if (!(value instanceof ScalarNode scalar && scalar.empty())) {
                tables(type.get(), value, diagnostics)
                    .ifPresent(tables -> result.put(type.get(), tables));
              }
            });
    return result;
  }

  @Override
  public String format(Map<Tariff, List<RateTable>> value) {
    return value.equals(DefaultRates.ALL) ? "the coordinator's shipped rates" : value.toString();
  }

  @Override
  public String range() {
    return "";
  }

  private static Optional<List<RateTable>> tables(
      Tariff type, ConfigNode node, Diagnostics diagnostics) {
    if (!(node instanceof ListNode list)) {
      diagnostics.error(node, "expected a list of rate tables, each with valid-from and rates");
      return Optional.empty();
    }
    int errorsBefore = diagnostics.errorCount();
    List<RateTable> tables = new ArrayList<>();
    for (ConfigNode item : list.items()) {
      table(type, item, diagnostics).ifPresent(tables::add);
    }
    if (diagnostics.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    for (String violation : RateTableRules.orderViolations(type, tables)) {
      diagnostics.error(node, violation);
    }
    return Optional.of(tables);
  }

  private static Optional<RateTable> table(Tariff type, ConfigNode node, Diagnostics diagnostics) {
    if (!(node instanceof MapNode table)) {
      diagnostics.error(node, "expected a rate table with valid-from and rates");
      return Optional.empty();
    }
    int errorsBefore = diagnostics.errorCount();
    reportUnknownKeys(table, TABLE_KEYS, diagnostics);
    LocalDate validFrom = validFrom(table, diagnostics);
    Map<TariffZone, BigDecimal> rates = rates(type, table, diagnostics);
    List<HourRange> peakHours = peakHours(table, diagnostics);
    if (diagnostics.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    RateTable parsed = new RateTable(validFrom, rates, peakHours);
    for (String violation : RateTableRules.violations(type, parsed)) {
      diagnostics.error(table, violation);
    }
    return Optional.of(parsed);
  }

  private static LocalDate validFrom(MapNode table, Diagnostics diagnostics) {
    Optional<ConfigNode> node = table.get(VALID_FROM).filter(ValueNodes::isSet);
    if (node.isEmpty()) {
      diagnostics.error(
          table, "a rate table needs valid-from, the first day it applies (2025-01-01)");
      return DefaultRates.VALID_FROM;
    }
    try {
      return LocalDate.parse(ValueTypes.text(node.get(), "a date such as 2025-01-01"));
    } catch (DateTimeParseException | InvalidValueException invalid) {
      diagnostics.error(node.get(), "is not a date such as 2025-01-01");
      return DefaultRates.VALID_FROM;
    }
  }

  private static Map<TariffZone, BigDecimal> rates(
      Tariff type, MapNode table, Diagnostics diagnostics) {
    Map<TariffZone, BigDecimal> rates = new EnumMap<>(TariffZone.class);
    Optional<ConfigNode> node = table.get(RATES).filter(ValueNodes::isSet);
    if (node.isEmpty()) {
      diagnostics.error(table, "a rate table needs rates: " + RateTableRules.needed(type));
      return rates;
    }
    if (!(node.get() instanceof MapNode zones)) {
      diagnostics.error(node.get(), "expected a mapping of zones to PLN/kWh rates");
      return rates;
    }
    Map<String, TariffZone> known = new LinkedHashMap<>();
    for (TariffZone zone : RateTableRules.accepted(type)) {
      known.put(RateTableRules.yamlName(zone), zone);
    }
    zones
        .entries()
        .forEach(
            (name, value) -> {
              TariffZone zone = known.get(name);
              if (zone == null) {
                diagnostics.error(
                    value,
                    "is not a rate of "
                        + type
                        + KeySuggester.hint(name, known.keySet(), known.keySet()));
                return;
              }
              try {
                rates.put(zone, RATE.parse(value, diagnostics));
              } catch (InvalidValueException invalid) {
                diagnostics.error(value, invalid.getMessage() + " (PLN/kWh net)");
              }
            });
    return rates;
  }

  private static List<HourRange> peakHours(MapNode table, Diagnostics diagnostics) {
    Optional<ConfigNode> node = table.get(PEAK_HOURS).filter(ValueNodes::isSet);
    if (node.isEmpty()) {
      return List.of();
    }
    if (!(node.get() instanceof ListNode list)) {
      diagnostics.error(node.get(), "expected a list of hour ranges such as [{from: 7, to: 22}]");
      return List.of();
    }
    List<HourRange> ranges = new ArrayList<>();
    for (ConfigNode item : list.items()) {
      hourRange(item, diagnostics).ifPresent(ranges::add);
    }
    ranges.sort(Comparator.comparingInt(HourRange::from));
    for (int i = 1; i < ranges.size(); i++) {
      if (ranges.get(i).from() < ranges.get(i - 1).to()) {
        diagnostics.error(
            node.get(), "peak hours " + ranges.get(i - 1) + " and " + ranges.get(i) + " overlap");
      }
    }
    return ranges;
  }

  private static Optional<HourRange> hourRange(ConfigNode node, Diagnostics diagnostics) {
    if (!(node instanceof MapNode range)) {
      diagnostics.error(node, "expected an hour range such as {from: 7, to: 22}");
      return Optional.empty();
    }
    reportUnknownKeys(range, RANGE_KEYS, diagnostics);
    Optional<ConfigNode> from = range.get("from").filter(ValueNodes::isSet);
    Optional<ConfigNode> to = range.get("to").filter(ValueNodes::isSet);
    if (from.isEmpty() || to.isEmpty()) {
      diagnostics.error(range, "an hour range needs from and to, e.g. {from: 7, to: 22}");
      return Optional.empty();
    }
    Optional<Integer> fromHour = hour(from.get(), diagnostics);
    Optional<Integer> toHour = hour(to.get(), diagnostics);
    if (fromHour.isEmpty() || toHour.isEmpty()) {
      return Optional.empty();
    }
    if (fromHour.get() >= toHour.get() || fromHour.get() > 23) {
      diagnostics.error(
          to.get(),
          "must be after from ("
              + fromHour.get()
              + "); a range cannot wrap past midnight, split it in two");
      return Optional.empty();
    }
    return Optional.of(new HourRange(fromHour.get(), toHour.get()));
  }

  private static Optional<Integer> hour(ConfigNode node, Diagnostics diagnostics) {
    try {
      return Optional.of(HOUR.parse(node, diagnostics));
    } catch (InvalidValueException invalid) {
      diagnostics.error(node, "an hour " + invalid.getMessage());
      return Optional.empty();
    }
  }

  private static void reportUnknownKeys(
      MapNode node, List<String> allowed, Diagnostics diagnostics) {
    node.entries()
        .forEach(
            (name, value) -> {
              if (!allowed.contains(name)) {
                diagnostics.error(
                    value.origin(),
                    value.shown(),
                    "unknown key" + KeySuggester.hint(name, allowed, allowed));
              }
            });
  }

  private static List<String> tariffNames() {
    List<String> names = new ArrayList<>();
    for (Tariff type : Tariff.values()) {
      names.add(type.displayName());
    }
    return names;
  }
}
