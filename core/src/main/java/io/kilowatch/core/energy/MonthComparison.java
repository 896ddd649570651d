package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One month against another (the reference's monthly comparison, dashboard API section 13.2):
 * differences and percentage changes of cost, charged energy and total savings (charging savings
 * plus selling revenue, as in the reference).
 *
 * <p>A percentage change is {@code (current − other) / abs(other) × 100}, 1 decimal (half-even).
 * When the other month's figure is zero no percentage exists and the change is empty; the reference
 * reported 100 (or 0 when both are zero), which reads like a real change. The current month is
 * usually incomplete: compare {@link MonthlySummary#daysWithData()} before reading much into it.
 *
 * @param current the month compared (usually the current one)
 * @param other the month it is compared with (by default the previous one)
 */
public record MonthComparison(MonthlySummary current, MonthlySummary other) {

  public MonthComparison {
    requireNonNull(current, "'current' must not be null");
    requireNonNull(other, "'other' must not be null");
  }

  /** Current cost minus the other month's, PLN. */
  public BigDecimal costDifferencePln() {
    return current.totals().costPln().subtract(other.totals().costPln());
  }

  /** Current charged energy minus the other month's, kWh. */
  public BigDecimal energyDifferenceKwh() {
    return current.totals().energyChargedKwh().subtract(other.totals().energyChargedKwh());
  }

  /** Current total savings minus the other month's, PLN. */
  public BigDecimal savingsDifferencePln() {
    return current.totals().totalSavingsPln().subtract(other.totals().totalSavingsPln());
  }

  /** The change in cost, %, or empty when the other month cost nothing. */
  public Optional<BigDecimal> costChangePercent() {
    return changePercent(costDifferencePln(), other.totals().costPln());
  }

  /** The change in charged energy, %, or empty when the other month charged nothing. */
  public Optional<BigDecimal> energyChangePercent() {
    return changePercent(energyDifferenceKwh(), other.totals().energyChargedKwh());
  }

  /** The change in total savings, %, or empty when the other month saved nothing. */
  public Optional<BigDecimal> savingsChangePercent() {
    return changePercent(savingsDifferencePln(), other.totals().totalSavingsPln());
  }

  private static Optional<BigDecimal> changePercent(BigDecimal difference, BigDecimal base) {
    if (base.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(difference.movePointRight(2).divide(base.abs(), 1, RoundingMode.HALF_EVEN));
  }
}
