package io.kilowatch.config;

import io.kilowatch.core.energy.Tariff;
import io.kilowatch.core.energy.TariffZone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps the coordinator's {@code electricity_tariff.distribution_pricing} blocks onto Kilowatch rate
 * tables, one table per tariff valid from {@link DefaultRates#VALID_FROM} (the coordinator's rates
 * carry no date). A block's {@code type} picks the mapping: {@code static} gives {@code all-hours};
 * {@code time_based} gives {@code peak}/{@code off-peak} with peak hours = {@code peak_hours} minus
 * {@code off_peak_windows} (6-22 if {@code peak_hours} is missing, as in the coordinator); {@code
 * seasonal_time_based} gives the G13s rates; {@code kompas_based} the G14dynamic ones. The
 * coordinator's hard-coded G13s hours ({@code seasons}) are not read.
 */
final class CoordinatorTariffMapper {

  private static final Pattern HOUR = Pattern.compile("\\d{1,2}");

  private CoordinatorTariffMapper() {}

  static MapNode rateTables(MapNode blocks, Diagnostics diagnostics) {
    Map<String, ConfigNode> tables = new LinkedHashMap<>();
    blocks
        .entries()
        .forEach(
            (name, block) -> {
              Optional<Tariff> type = Tariff.fromName(name);
              if (type.isPresent()) {
                table(block, diagnostics)
                    .ifPresent(
                        table ->
                            tables.put(
                                type.get().displayName(),
                                new ListNode(List.of(table), block.origin())));
              }
            });
    return new MapNode(tables, blocks.origin());
  }

  private static Optional<MapNode> table(ConfigNode block, Diagnostics diagnostics) {
    if (!(block instanceof MapNode map)) {
      return Optional.empty();
    }
    Map<String, ConfigNode> rates = new LinkedHashMap<>();
    Map<String, ConfigNode> table = new LinkedHashMap<>();
    table.put(
        RateTablesType.VALID_FROM, ScalarNode.of(DefaultRates.VALID_FROM.toString(), map.origin()));
    String type =
        CoordinatorConfigMapper.set(map, "type")
            .filter(ScalarNode.class::isInstance)
            .map(node -> ((ScalarNode) node).text().strip())
            .orElse("static");
    switch (type) {
      case "static" -> rate(map, "price", TariffZone.ALL_HOURS, rates);
      case "time_based" -> {
        rate(map, "prices.peak", TariffZone.PEAK, rates);
        rate(map, "prices.off_peak", TariffZone.OFF_PEAK, rates);
        peakHours(map, diagnostics).ifPresent(hours -> table.put(RateTablesType.PEAK_HOURS, hours));
      }
      case "seasonal_time_based" -> {
        rate(map, "prices.working_days.summer.day_peak", TariffZone.SUMMER_DAY_PEAK, rates);
        rate(map, "prices.working_days.summer.day_off_peak", TariffZone.SUMMER_DAY_OFF_PEAK, rates);
        rate(map, "prices.working_days.summer.night", TariffZone.SUMMER_NIGHT, rates);
        rate(map, "prices.working_days.winter.day_peak", TariffZone.WINTER_DAY_PEAK, rates);
        rate(map, "prices.working_days.winter.day_off_peak", TariffZone.WINTER_DAY_OFF_PEAK, rates);
        rate(map, "prices.working_days.winter.night", TariffZone.WINTER_NIGHT, rates);
        rate(map, "prices.free_days.all_hours", TariffZone.FREE_DAYS, rates);
      }
      case "kompas_based" -> {
        rate(map, "prices.recommended_usage", TariffZone.RECOMMENDED_USAGE, rates);
        rate(map, "prices.normal_usage", TariffZone.NORMAL_USAGE, rates);
        rate(map, "prices.recommended_saving", TariffZone.RECOMMENDED_SAVING, rates);
        rate(map, "prices.required_reduction", TariffZone.REQUIRED_REDUCTION, rates);
        rate(map, "fallback_price", TariffZone.FALLBACK, rates);
      }
      default -> {
        diagnostics.warning(
            CoordinatorConfigMapper.set(map, "type").orElse(map),
            "unknown distribution type (static, time_based, seasonal_time_based or kompas_based);"
                + " this tariff keeps Kilowatch's default rates");
        return Optional.empty();
      }
    }
    table.put(RateTablesType.RATES, new MapNode(rates, map.origin()));
    return Optional.of(new MapNode(table, map.origin()));
  }

  private static void rate(
      MapNode block, String path, TariffZone zone, Map<String, ConfigNode> rates) {
    CoordinatorConfigMapper.set(block, path)
        .ifPresent(node -> rates.put(RateTableRules.yamlName(zone), node));
  }

  /** {@code peak_hours} minus {@code off_peak_windows}, as a list of {from, to} mappings. */
  private static Optional<ListNode> peakHours(MapNode block, Diagnostics diagnostics) {
    Optional<ConfigNode> peak = CoordinatorConfigMapper.set(block, "peak_hours");
    Origin origin = peak.map(ConfigNode::origin).orElse(block.origin());
    int[] window = {6, 22};
    if (peak.isPresent()) {
      Optional<int[]> read = hours(peak.get(), diagnostics);
      if (read.isEmpty()) {
        return Optional.empty();
      }
      window = read.get();
    }
    boolean[] isPeak = new boolean[24];
    for (int hour = window[0]; hour < Math.min(window[1], 24); hour++) {
      isPeak[hour] = true;
    }
    Optional<ConfigNode> offPeak = CoordinatorConfigMapper.set(block, "off_peak_windows");
    if (offPeak.isPresent()) {
      if (!(offPeak.get() instanceof ListNode windows)) {
        diagnostics.error(offPeak.get(), "expected a list of {start, end} hour windows");
        return Optional.empty();
      }
      for (ConfigNode item : windows.items()) {
        Optional<int[]> off = hours(item, diagnostics);
        if (off.isEmpty()) {
          return Optional.empty();
        }
        for (int hour = off.get()[0]; hour < Math.min(off.get()[1], 24); hour++) {
          isPeak[hour] = false;
        }
      }
    }
    List<ConfigNode> ranges = new ArrayList<>();
    for (int hour = 0; hour < 24; hour++) {
      if (isPeak[hour] && (hour == 0 || !isPeak[hour - 1])) {
        int end = hour;
        while (end < 24 && isPeak[end]) {
          end++;
        }
        Map<String, ConfigNode> range = new LinkedHashMap<>();
        range.put("from", ScalarNode.of(Integer.toString(hour), origin));
        range.put("to", ScalarNode.of(Integer.toString(end), origin));
        ranges.add(new MapNode(range, origin));
      }
    }
    return Optional.of(new ListNode(ranges, origin));
  }

  /** A {start, end} mapping of whole hours 0 to 24. */
  private static Optional<int[]> hours(ConfigNode node, Diagnostics diagnostics) {
    if (node instanceof MapNode map) {
      Optional<ConfigNode> start = CoordinatorConfigMapper.set(map, "start");
      Optional<ConfigNode> end = CoordinatorConfigMapper.set(map, "end");
      if (start.isPresent() && end.isPresent()) {
        Optional<Integer> from = hour(start.get(), diagnostics);
        Optional<Integer> to = hour(end.get(), diagnostics);
        return from.isPresent() && to.isPresent()
            ? Optional.of(new int[] {from.get(), to.get()})
            : Optional.empty();
      }
    }
    diagnostics.error(node, "expected {start: hour, end: hour}");
    return Optional.empty();
  }

  private static Optional<Integer> hour(ConfigNode node, Diagnostics diagnostics) {
    if (node instanceof ScalarNode scalar && HOUR.matcher(scalar.text().strip()).matches()) {
      int hour = Integer.parseInt(scalar.text().strip());
      if (hour <= 24) {
        return Optional.of(hour);
      }
    }
    diagnostics.error(node, "is not an hour from 0 to 24");
    return Optional.empty();
  }
}
