package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tariff and its rate tables over time, so that a past day is priced with the rates then in
 * force. A day before the first table has no rates: asking for them is an error, never a silent
 * zero (the coordinator prices a missing tariff block at 0.0).
 *
 * @param tariff the tariff
 * @param tables its rate tables in strictly ascending order of {@code validFrom}; at least one;
 *     each covers every zone of the tariff, has peak hours exactly if the tariff is time-based, and
 *     names no zone of another tariff
 */
public record TariffPlan(Tariff tariff, List<RateTable> tables) {

  /** The day the coordinator's shipped rates are taken to be valid from. */
  public static final LocalDate DEFAULT_VALID_FROM = LocalDate.of(2024, 1, 1);

  public TariffPlan {
    requireNonNull(tariff, "'tariff' must not be null");
    requireNonNull(tables, "'tables' must not be null");
    tables = List.copyOf(tables);
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("'tables' of " + tariff + " must not be empty");
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      RateTable table = tables.get(i);
      if (i > 0 && !table.validFrom().isAfter(tables.get(i - 1).validFrom())) {
        problems.add(
            "tables must be in strictly ascending order of validFrom, but "
                + table.validFrom()
                + " follows "
                + tables.get(i - 1).validFrom());
      }
      problems.addAll(problemsOf(tariff, table));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("'tables' of " + tariff + " are invalid: " + problems);
    }
  }

  /** A plan of one table. */
  public static TariffPlan of(Tariff tariff, RateTable table) {
    return new TariffPlan(tariff, List.of(table));
  }

  /**
   * The coordinator's shipped rates (PLN/kWh net), valid from {@link #DEFAULT_VALID_FROM}: G11
   * 0.3125; G12 peak 7-13 and 15-22 0.3566, off-peak 0.0749; G12as peak 7-13 0.3125, off-peak
   * 0.0312; G12w peak 6-22 0.3566, off-peak 0.0749, free days off-peak; G13 0.0 all hours (the
   * coordinator's placeholder); G13s summer 0.290 / 0.100 / 0.110, winter 0.340 / 0.200 / 0.110,
   * free days 0.110; G14dynamic 0.0145 / 0.0578 / 0.4339 / 2.8931, fallback 0.0578.
   */
  public static TariffPlan defaults(Tariff tariff) {
    requireNonNull(tariff, "'tariff' must not be null");
    LocalDate from = DEFAULT_VALID_FROM;
    RateTable table =
        switch (tariff) {
          case G11 -> RateTable.allHours(from, PlnPerKwh.of("0.3125"));
          case G12 ->
              twoZones(
                  from, "0.3566", "0.0749", false, new HourRange(7, 13), new HourRange(15, 22));
          case G12AS -> twoZones(from, "0.3125", "0.0312", false, new HourRange(7, 13));
          case G12W -> twoZones(from, "0.3566", "0.0749", true, new HourRange(6, 22));
          case G13 -> RateTable.allHours(from, PlnPerKwh.ZERO);
          case G13S ->
              RateTable.of(
                  from,
                  Map.of(
                      TariffZone.SUMMER_DAY_PEAK, PlnPerKwh.of("0.290"),
                      TariffZone.SUMMER_DAY_OFF_PEAK, PlnPerKwh.of("0.100"),
                      TariffZone.SUMMER_NIGHT, PlnPerKwh.of("0.110"),
                      TariffZone.WINTER_DAY_PEAK, PlnPerKwh.of("0.340"),
                      TariffZone.WINTER_DAY_OFF_PEAK, PlnPerKwh.of("0.200"),
                      TariffZone.WINTER_NIGHT, PlnPerKwh.of("0.110"),
                      TariffZone.FREE_DAYS, PlnPerKwh.of("0.110")));
          case G14DYNAMIC ->
              RateTable.of(
                  from,
                  Map.of(
                      TariffZone.RECOMMENDED_USAGE, PlnPerKwh.of("0.0145"),
                      TariffZone.NORMAL_USAGE, PlnPerKwh.of("0.0578"),
                      TariffZone.RECOMMENDED_SAVING, PlnPerKwh.of("0.4339"),
                      TariffZone.REQUIRED_REDUCTION, PlnPerKwh.of("2.8931"),
                      TariffZone.FALLBACK, PlnPerKwh.of("0.0578")));
        };
    return of(tariff, table);
  }

  /**
   * The table in force on local day {@code day}: the last whose {@code validFrom} is not after it.
   *
   * @throws IllegalArgumentException if {@code day} is before the first table
   */
  public RateTable tableOn(LocalDate day) {
    requireNonNull(day, "'day' must not be null");
    RateTable found = null;
    for (RateTable table : tables) {
      if (table.validFrom().isAfter(day)) {
        break;
      }
      found = table;
    }
    if (found == null) {
      throw new IllegalArgumentException(
          "no "
              + tariff
              + " rate table is valid on "
              + day
              + "; the first is valid from "
              + tables.get(0).validFrom());
    }
    return found;
  }

  private static RateTable twoZones(
      LocalDate from, String peak, String offPeak, boolean offPeakOnFreeDays, HourRange... hours) {
    return new RateTable(
        from,
        Map.of(TariffZone.PEAK, PlnPerKwh.of(peak), TariffZone.OFF_PEAK, PlnPerKwh.of(offPeak)),
        List.of(hours),
        offPeakOnFreeDays);
  }

  private static List<String> problemsOf(Tariff tariff, RateTable table) {
    List<String> problems = new ArrayList<>();
    Set<TariffZone> zones = tariff.zones();
    for (TariffZone zone : zones) {
      if (!table.covers(zone)) {
        problems.add("the table valid from " + table.validFrom() + " has no rate for " + zone);
      }
    }
    Set<TariffZone> foreign = EnumSet.copyOf(table.rates().keySet());
    foreign.removeAll(zones);
    foreign.remove(TariffZone.ALL_HOURS);
    if (!foreign.isEmpty()) {
      problems.add(
          "the table valid from "
              + table.validFrom()
              + " names zones "
              + tariff
              + " does not use: "
              + foreign);
    }
    if (tariff.isTimeBased() && table.peakHours().isEmpty()) {
      problems.add("the table valid from " + table.validFrom() + " has no peak hours");
    }
    if (!tariff.isTimeBased() && !table.peakHours().isEmpty()) {
      problems.add(
          "the table valid from "
              + table.validFrom()
              + " has peak hours, which "
              + tariff
              + " does not use");
    }
    return problems;
  }
}
