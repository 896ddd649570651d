package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A month's figures: its days with data, each a {@link DailySnapshot}, and their exact sum (the
 * reference's monthly summary, section 4.5).
 *
 * <p>Differences from the reference, on purpose:
 *
 * <ul>
 *   <li>The current day is included, computed from the same history as every other day (the
 *       reference took it from decision files only, so a database-only installation saw nothing of
 *       today until the next day).
 *   <li>The totals are the exact sum of the days' exact totals, rounded only for display (the
 *       reference summed days already rounded to 2 decimals); ratios (cost per kWh, savings
 *       percentage, confidence) are computed from those sums, not averaged from daily ratios.
 *   <li>An empty month has the same shape as any other (the reference returned fewer fields and no
 *       month name).
 *   <li>A day counts as a day with data when it has at least one decision, as in the reference.
 * </ul>
 *
 * @param month the month
 * @param days the days with at least one decision, in date order, each within {@code month}
 * @param totals the sum of the days' totals
 */
public record MonthlySummary(YearMonth month, List<DailySnapshot> days, SummaryTotals totals) {

  public MonthlySummary {
    requireNonNull(month, "'month' must not be null");
    days = List.copyOf(requireNonNull(days, "'days' must not be null"));
    requireNonNull(totals, "'totals' must not be null");
    for (int i = 0; i < days.size(); i++) {
      DailySnapshot day = days.get(i);
      if (!YearMonth.from(day.date()).equals(month)) {
        throw new IllegalArgumentException(
            "'days' must lie within " + month + ", but held " + day.date());
      }
      if (i > 0 && !days.get(i - 1).date().isBefore(day.date())) {
        throw new IllegalArgumentException(
            "'days' must be in date order without repeats, but "
                + day.date()
                + " followed "
                + days.get(i - 1).date());
      }
    }
  }

  /** The summary of {@code month} from its days (in any order), totals summed exactly. */
  public static MonthlySummary of(YearMonth month, List<DailySnapshot> days) {
    requireNonNull(days, "'days' must not be null");
    List<DailySnapshot> ordered =
        days.stream().sorted(Comparator.comparing(DailySnapshot::date)).toList();
    SummaryTotals totals = SummaryTotals.NONE;
    for (DailySnapshot day : ordered) {
      totals = totals.plus(day.totals());
    }
    return new MonthlySummary(month, ordered, totals);
  }

  /**
   * The summary of {@code month} computed from the history: decisions and readings are grouped by
   * their local day in {@code zone}; each day with at least one decision becomes a {@link
   * DailySnapshot} (with that day's readings). Items outside the month are ignored.
   */
  public static MonthlySummary compute(
      YearMonth month,
      ZoneId zone,
      Collection<? extends Decision> decisions,
      Collection<EnergyReading> readings) {
    requireNonNull(month, "'month' must not be null");
    requireNonNull(zone, "'zone' must not be null");
    requireNonNull(decisions, "'decisions' must not be null");
    requireNonNull(readings, "'readings' must not be null");
    Map<LocalDate, List<Decision>> decisionsByDay = new TreeMap<>();
    for (Decision decision : decisions) {
      LocalDate day = LocalDate.ofInstant(decision.at(), zone);
      if (YearMonth.from(day).equals(month)) {
        decisionsByDay.computeIfAbsent(day, d -> new ArrayList<>()).add(decision);
      }
    }
    Map<LocalDate, List<EnergyReading>> readingsByDay = new HashMap<>();
    for (EnergyReading reading : readings) {
      LocalDate day = LocalDate.ofInstant(reading.at(), zone);
      if (decisionsByDay.containsKey(day)) {
        readingsByDay.computeIfAbsent(day, d -> new ArrayList<>()).add(reading);
      }
    }
    List<DailySnapshot> days = new ArrayList<>(decisionsByDay.size());
    decisionsByDay.forEach(
        (day, dayDecisions) ->
            days.add(
                DailySnapshot.of(day, dayDecisions, readingsByDay.getOrDefault(day, List.of()))));
    return of(month, days);
  }

  /** The instants of {@code month} in {@code zone}: from its first midnight to the next month's. */
  public static TimeRange timeRange(YearMonth month, ZoneId zone) {
    requireNonNull(month, "'month' must not be null");
    requireNonNull(zone, "'zone' must not be null");
    return new TimeRange(
        month.atDay(1).atStartOfDay(zone).toInstant(),
        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
  }

  /** A month without data. */
  public static MonthlySummary empty(YearMonth month) {
    return new MonthlySummary(month, List.of(), SummaryTotals.NONE);
  }

  /** The month's English name, e.g. {@code November}. */
  public String monthName() {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** How many days had at least one decision. */
  public int daysWithData() {
    return days.size();
  }
}
