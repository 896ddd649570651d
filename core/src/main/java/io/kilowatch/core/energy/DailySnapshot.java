package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collection;

/**
 * What happened on one local day: the {@link SummaryTotals} of that day's decisions and energy
 * readings (the reference's daily snapshot, section 4.4).
 *
 * <p>Unlike the reference's snapshot files, a daily snapshot is never frozen: it is computed from
 * the coordinator's history whenever its month is (a month's decisions aggregate in milliseconds),
 * so data that arrives late is counted, and the current day is included like any other. The day is
 * the installation's local calendar day (23 or 25 hours on daylight-saving changes), not the
 * host's.
 *
 * @param date the local day
 * @param totals the day's figures
 */
public record DailySnapshot(LocalDate date, SummaryTotals totals) {

  public DailySnapshot {
    requireNonNull(date, "'date' must not be null");
    requireNonNull(totals, "'totals' must not be null");
  }

  /** The snapshot of {@code date} from its decisions and energy readings. */
  public static DailySnapshot of(
      LocalDate date,
      Collection<? extends Decision> decisions,
      Collection<EnergyReading> readings) {
    return new DailySnapshot(date, SummaryTotals.of(decisions, readings));
  }
}
