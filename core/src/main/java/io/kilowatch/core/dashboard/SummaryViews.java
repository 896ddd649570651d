package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import com.google.common.reflect.TypeToken;
import io.kilowatch.core.energy.MonthComparison;
import io.kilowatch.core.energy.MonthlySummary;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.port.DecisionHistory;
import io.kilowatch.core.port.EnergyHistory;
import io.kilowatch.core.view.FamilyDefinition;
import io.kilowatch.core.view.KeyRule;
import io.kilowatch.core.view.Loaded;
import io.kilowatch.core.view.ViewFamily;
import java.time.Instant;
import java.time.InstantSource;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Monthly summaries (with their daily snapshots) and the month-over-month comparison, as views.
 *
 * <p>Each month is a key of the {@value #MONTHLY_SUMMARY} family, computed from the {@link
 * DecisionHistory} and {@link EnergyHistory} in one query each ({@link MonthlySummary#compute}). A
 * month that ended more than {@link SummaryViewSettings#settleAfter()} ago is <b>immutable</b>:
 * loaded once, never reloaded, never stale. Any other month (the current one, or one that just
 * ended) <b>refreshes</b> on {@link SummaryViewSettings#currentMonthSchedule()}. A key keeps the
 * rule it got when first read, so the current month goes on refreshing after it ends until it is
 * evicted; its figures stay right, it only costs a query per interval.
 *
 * <p>Each month's view is persistent: after a restart its first read serves the stored summary at
 * once ({@code warm-start}) while it loads in the background (a month restored that way is loaded
 * once even if immutable, since it may have been saved before it settled). The comparison is built
 * from two months, so it warm-starts with them.
 *
 * <p>Months are the installation's local calendar months in the given zone. The first read of a
 * month may wait for its first load (at most its load timeout); later reads never wait.
 * Thread-safe.
 */
public final class SummaryViews {

  /**
   * The name of the monthly-summary family; each month's view is {@code monthly-summary/2026-11}.
   */
  public static final String MONTHLY_SUMMARY = "monthly-summary";

  private final DecisionHistory decisions;
  private final EnergyHistory energy;
  private final InstantSource clock;
  private final ZoneId zone;
  private final SummaryViewSettings settings;
  private final ViewFamily<YearMonth, MonthlySummary> months;

  /**
   * Registers the monthly-summary family with {@code dashboard}.
   *
   * @param dashboard where the views live
   * @param decisions the coordinator's decisions
   * @param energy the coordinator's energy readings
   * @param clock the dashboard's clock
   * @param zone the installation's time zone: it decides days and months
   * @param settings schedules and limits
   */
  public SummaryViews(
      Dashboard dashboard,
      DecisionHistory decisions,
      EnergyHistory energy,
      InstantSource clock,
      ZoneId zone,
      SummaryViewSettings settings) {
    requireNonNull(dashboard, "'dashboard' must not be null");
    this.decisions = requireNonNull(decisions, "'decisions' must not be null");
    this.energy = requireNonNull(energy, "'energy' must not be null");
    this.clock = requireNonNull(clock, "'clock' must not be null");
    this.zone = requireNonNull(zone, "'zone' must not be null");
    this.settings = requireNonNull(settings, "'settings' must not be null");
    this.months =
        dashboard.registerPersistentFamily(
            new FamilyDefinition<>(
                MONTHLY_SUMMARY,
                (month, previous) -> load(month),
                this::ruleFor,
                settings.maximumMonths()),
            TypeToken.of(MonthlySummary.class));
  }

  /** The summary of {@code month}; see the class comment for waiting and refreshing. */
  public Snapshot<MonthlySummary> month(YearMonth month) {
    return months.get(requireNonNull(month, "'month' must not be null"));
  }

  /** The summary of {@code month} if {@link #month} would not wait for a load; never loads. */
  public Optional<Snapshot<MonthlySummary>> monthIfReady(YearMonth month) {
    return months.getIfReady(requireNonNull(month, "'month' must not be null"));
  }

  /**
   * The comparison of {@link #comparedWith} if neither month would wait for a load; never loads.
   */
  public Optional<Snapshot<MonthComparison>> comparedWithIfReady(YearMonth other) {
    requireNonNull(other, "'other' must not be null");
    if (monthIfReady(thisMonth()).isEmpty() || monthIfReady(other).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(comparedWith(other));
  }

  /** The summary of the current month, today included. */
  public Snapshot<MonthlySummary> currentMonth() {
    return month(thisMonth());
  }

  /** The current month in the installation's zone. */
  public YearMonth thisMonth() {
    return YearMonth.from(clock.instant().atZone(zone));
  }

  /** The current month compared with the previous one. */
  public Snapshot<MonthComparison> comparedWithPreviousMonth() {
    return comparedWith(thisMonth().minusMonths(1));
  }

  /**
   * The current month compared with {@code other}, built at read time from the two months'
   * snapshots (no load of its own). It is as old as the older of the two, and carries the current
   * month's freshness policy and version plus the other's (so the version grows whenever either
   * changes, while both stay in memory). Missing, with the load error, if either month has no value
   * yet.
   */
  public Snapshot<MonthComparison> comparedWith(YearMonth other) {
    requireNonNull(other, "'other' must not be null");
    Snapshot<MonthlySummary> current = currentMonth();
    Snapshot<MonthlySummary> compared = month(other);
    if (!current.isPresent() || !compared.isPresent()) {
      Snapshot<MonthComparison> missing = Snapshot.missing(current.policy());
      return current.lastError().or(compared::lastError).map(missing::withError).orElse(missing);
    }
    Instant currentFetchedAt = current.fetchedAt().orElseThrow();
    Instant otherFetchedAt = compared.fetchedAt().orElseThrow();
    return Snapshot.of(
        new MonthComparison(current.value().orElseThrow(), compared.value().orElseThrow()),
        current.version() + compared.version(),
        currentFetchedAt.isBefore(otherFetchedAt) ? currentFetchedAt : otherFetchedAt,
        current.source().orElse(SnapshotSource.LIVE),
        current.policy());
  }

  private KeyRule ruleFor(YearMonth month) {
    Instant end = MonthlySummary.timeRange(month, zone).to();
    boolean settled = !clock.instant().isBefore(end.plus(settings.settleAfter()));
    return settled
        ? KeyRule.immutable(settings.pastMonthRetries())
        : KeyRule.refreshing(settings.currentMonthPolicy(), settings.currentMonthSchedule());
  }

  private Loaded<MonthlySummary> load(YearMonth month) {
    TimeRange range = MonthlySummary.timeRange(month, zone);
    return Loaded.live(
        MonthlySummary.compute(month, zone, decisions.decisions(range), energy.readings(range)));
  }
}
