package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The additive figures of a period (a day, a month): decision counts, energy, cost, savings,
 * selling, confidence, prices paid and grid import. A month's totals are the exact sum ({@link
 * #plus}) of its days' totals.
 *
 * <h2>Formulas (the storage reference, section 4.4), and where they deliberately differ</h2>
 *
 * <ul>
 *   <li>Decisions are counted by {@link DecisionCategory}, the project's one rule (so {@code
 *       start_charging} and {@code start_hybrid_charging} count as charging, unlike the reference's
 *       snapshot code).
 *   <li>Charged energy, cost and charging savings: sums of {@code energy_kwh}, {@code
 *       estimated_cost_pln}, {@code estimated_savings_pln} over charging decisions; a missing field
 *       adds nothing (older coordinator versions did not record them; {@link
 *       #chargingWithoutEnergy} counts charging decisions without an energy figure, so a reader can
 *       tell "no energy" from "not recorded").
 *   <li>Energy sold and selling revenue: sums of {@code energy_sold_kwh} and {@code
 *       expected_revenue_pln} over selling decisions (a charging-strategy record categorised as
 *       selling contributes its {@code energy_kwh} and {@code estimated_savings_pln}, as in the
 *       reference). The coordinator's database does not keep {@code energy_sold_kwh}, so database
 *       rows add no sold energy.
 *   <li><b>Sums are exact</b>: values are added as the decimals the coordinator wrote ({@link
 *       BigDecimal#valueOf(double)}), never rounded. The reference rounds each day to 2 decimals
 *       and then sums the rounded days; rounding is left to the presentation.
 *   <li>Charged energy by tariff zone: {@code T1}, {@code T2}, and <b>unknown</b> for decisions
 *       without a zone (the reference counts those as T1; decisions before 2026-01-07 have none).
 *   <li>Grid import: from the meter's lifetime import counter of the energy readings, oldest first,
 *       skipping readings without it: the sum over consecutive known values of {@code max(0, later
 *       − earlier)}, attributed to the later reading's tariff zone (unknown zone kept apart, as
 *       above). {@link #gridImportKwh} is empty with fewer than two known counter values. The
 *       reference's {@code real_grid_import_kwh} (last − first) equals it unless the counter was
 *       reset; import between a day's last reading and the next day's first is not counted (as in
 *       the reference).
 *   <li>Average confidence: over decisions <b>that recorded one</b> (the reference counts a missing
 *       confidence as 0).
 *   <li>Charging prices: {@code current_price} of charging decisions with a positive price.
 *   <li>Charging sources: charging decisions per {@link ChargingDecision#chargingSource()}, {@code
 *       unknown} when not recorded (always so for database rows, which drop it). Unlike the
 *       reference, selling decisions are not mixed into this map: they are in {@link #counts}.
 * </ul>
 *
 * <p>Immutable; values validate themselves.
 *
 * @param counts decisions per category
 * @param energyChargedKwh kWh the charging decisions planned to charge
 * @param energyChargedT1Kwh part of it in tariff zone T1 (peak)
 * @param energyChargedT2Kwh part of it in tariff zone T2 (off-peak)
 * @param energyChargedUnknownZoneKwh part of it without a recorded zone
 * @param costPln estimated cost of the charged energy, PLN
 * @param chargingSavingsPln estimated savings of the charging decisions against the day's mean
 *     price, PLN
 * @param energySoldKwh kWh the selling decisions planned to sell
 * @param sellingRevenuePln expected revenue of the selling decisions, PLN
 * @param chargingWithoutEnergy charging decisions that recorded no energy figure
 * @param confidenceSum sum of the recorded confidences (each 0–1)
 * @param confidenceCount decisions that recorded a confidence
 * @param chargingPrices prices of the charging decisions, or {@code null} if none had a positive
 *     price
 * @param chargingSources charging decisions per charging source; keys sorted
 * @param gridImportKwh kWh imported from the grid per the meter, or {@code null} if unknown
 * @param gridImportT1Kwh part of it in tariff zone T1
 * @param gridImportT2Kwh part of it in tariff zone T2
 * @param gridImportUnknownZoneKwh part of it without a recorded zone
 */
public record SummaryTotals(
    DecisionCounts counts,
    BigDecimal energyChargedKwh,
    BigDecimal energyChargedT1Kwh,
    BigDecimal energyChargedT2Kwh,
    BigDecimal energyChargedUnknownZoneKwh,
    BigDecimal costPln,
    BigDecimal chargingSavingsPln,
    BigDecimal energySoldKwh,
    BigDecimal sellingRevenuePln,
    int chargingWithoutEnergy,
    BigDecimal confidenceSum,
    int confidenceCount,
    @Nullable Prices chargingPrices,
    Map<String, Integer> chargingSources,
    @Nullable BigDecimal gridImportKwh,
    BigDecimal gridImportT1Kwh,
    BigDecimal gridImportT2Kwh,
    BigDecimal gridImportUnknownZoneKwh) {

  /** The charging source of decisions that did not record one. */
  public static final String UNKNOWN_SOURCE = "unknown";

  /** Nothing happened. */
  public static final SummaryTotals NONE =
      new SummaryTotals(
          DecisionCounts.NONE,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          0,
          BigDecimal.ZERO,
          0,
          null,
          Map.of(),
          null,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO);

  public SummaryTotals {
    requireNonNull(counts, "'counts' must not be null");
    requireNonNull(energyChargedKwh, "'energyChargedKwh' must not be null");
    requireNonNull(energyChargedT1Kwh, "'energyChargedT1Kwh' must not be null");
    requireNonNull(energyChargedT2Kwh, "'energyChargedT2Kwh' must not be null");
    requireNonNull(energyChargedUnknownZoneKwh, "'energyChargedUnknownZoneKwh' must not be null");
    requireNonNull(costPln, "'costPln' must not be null");
    requireNonNull(chargingSavingsPln, "'chargingSavingsPln' must not be null");
    requireNonNull(energySoldKwh, "'energySoldKwh' must not be null");
    requireNonNull(sellingRevenuePln, "'sellingRevenuePln' must not be null");
    requireNonNull(confidenceSum, "'confidenceSum' must not be null");
    requireNonNull(gridImportT1Kwh, "'gridImportT1Kwh' must not be null");
    requireNonNull(gridImportT2Kwh, "'gridImportT2Kwh' must not be null");
    requireNonNull(gridImportUnknownZoneKwh, "'gridImportUnknownZoneKwh' must not be null");
    if (chargingWithoutEnergy < 0 || chargingWithoutEnergy > counts.charging()) {
      throw new IllegalArgumentException(
          "'chargingWithoutEnergy' must be within [0, "
              + counts.charging()
              + "], but was "
              + chargingWithoutEnergy);
    }
    if (confidenceCount < 0 || confidenceCount > counts.total()) {
      throw new IllegalArgumentException(
          "'confidenceCount' must be within [0, "
              + counts.total()
              + "], but was "
              + confidenceCount);
    }
    chargingSources =
        Collections.unmodifiableMap(
            new TreeMap<>(requireNonNull(chargingSources, "'chargingSources' must not be null")));
  }

  /**
   * The totals of {@code decisions} and {@code readings} (see the class comment for the formulas).
   *
   * @param decisions the period's decisions, any order
   * @param readings the period's energy readings, any order
   */
  public static SummaryTotals of(
      Collection<? extends Decision> decisions, Collection<EnergyReading> readings) {
    return TotalsAccumulator.total(decisions, readings);
  }

  /** These totals and {@code other}'s, added exactly. */
  public SummaryTotals plus(SummaryTotals other) {
    requireNonNull(other, "'other' must not be null");
    Map<String, Integer> sources = new TreeMap<>(chargingSources);
    other.chargingSources.forEach((source, count) -> sources.merge(source, count, Integer::sum));
    return new SummaryTotals(
        new DecisionCounts(
            counts.charging() + other.counts.charging(),
            counts.waiting() + other.counts.waiting(),
            counts.selling() + other.counts.selling()),
        energyChargedKwh.add(other.energyChargedKwh),
        energyChargedT1Kwh.add(other.energyChargedT1Kwh),
        energyChargedT2Kwh.add(other.energyChargedT2Kwh),
        energyChargedUnknownZoneKwh.add(other.energyChargedUnknownZoneKwh),
        costPln.add(other.costPln),
        chargingSavingsPln.add(other.chargingSavingsPln),
        energySoldKwh.add(other.energySoldKwh),
        sellingRevenuePln.add(other.sellingRevenuePln),
        chargingWithoutEnergy + other.chargingWithoutEnergy,
        confidenceSum.add(other.confidenceSum),
        confidenceCount + other.confidenceCount,
        Prices.combine(chargingPrices, other.chargingPrices),
        sources,
        gridImportKwh == null
            ? other.gridImportKwh
            : other.gridImportKwh == null ? gridImportKwh : gridImportKwh.add(other.gridImportKwh),
        gridImportT1Kwh.add(other.gridImportT1Kwh),
        gridImportT2Kwh.add(other.gridImportT2Kwh),
        gridImportUnknownZoneKwh.add(other.gridImportUnknownZoneKwh));
  }

  /** Charging savings plus selling revenue, PLN: the reference's {@code total_savings_pln}. */
  public BigDecimal totalSavingsPln() {
    return chargingSavingsPln.add(sellingRevenuePln);
  }

  /**
   * Cost per charged kWh, PLN/kWh, 4 decimals (half-even); empty when nothing was charged (the
   * reference says 0).
   */
  public Optional<BigDecimal> averageCostPerKwh() {
    return ratio(costPln, energyChargedKwh, 4);
  }

  /**
   * Charging savings as a percentage of what the charged energy would have cost at the reference
   * price: {@code savings / (cost + savings) × 100}, 1 decimal (half-even); empty when that cost is
   * not positive (the reference says 0).
   *
   * <p>Unlike the reference, selling revenue is left out: it is not a saving on charged energy, and
   * folding it into both numerator and denominator made the percentage meaningless for a period
   * with sales.
   */
  public Optional<BigDecimal> savingsPercent() {
    BigDecimal wouldHaveCost = costPln.add(chargingSavingsPln);
    if (wouldHaveCost.signum() <= 0) {
      return Optional.empty();
    }
    return ratio(chargingSavingsPln.movePointRight(2), wouldHaveCost, 1);
  }

  /** Mean recorded confidence, 0–1, 4 decimals (half-even); empty if none was recorded. */
  public Optional<BigDecimal> averageConfidence() {
    return ratio(confidenceSum, BigDecimal.valueOf(confidenceCount), 4);
  }

  /** The prices the charging decisions saw, when any was positive. */
  public Optional<Prices> prices() {
    return Optional.ofNullable(chargingPrices);
  }

  /** The grid import per the meter, when at least two counter readings were known. */
  public Optional<BigDecimal> gridImport() {
    return Optional.ofNullable(gridImportKwh);
  }

  private static Optional<BigDecimal> ratio(BigDecimal dividend, BigDecimal divisor, int scale) {
    return divisor.signum() <= 0
        ? Optional.empty()
        : Optional.of(dividend.divide(divisor, scale, RoundingMode.HALF_EVEN));
  }

  /**
   * Final prices (PLN/kWh) seen by charging decisions, with a positive price only.
   *
   * @param min the lowest
   * @param max the highest
   * @param sum the exact sum
   * @param count how many; at least 1
   */
  public record Prices(BigDecimal min, BigDecimal max, BigDecimal sum, int count) {

    public Prices {
      requireNonNull(min, "'min' must not be null");
      requireNonNull(max, "'max' must not be null");
      requireNonNull(sum, "'sum' must not be null");
      if (count < 1) {
        throw new IllegalArgumentException("'count' must be at least 1, but was " + count);
      }
      if (min.compareTo(max) > 0) {
        throw new IllegalArgumentException(
            "'min' (" + min + ") must not be above 'max' (" + max + ")");
      }
    }

    /** One price. */
    public static Prices of(BigDecimal price) {
      return new Prices(price, price, price, 1);
    }

    /** The mean price, PLN/kWh, 4 decimals (half-even). */
    public BigDecimal average() {
      return sum.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_EVEN);
    }

    static @Nullable Prices combine(@Nullable Prices a, @Nullable Prices b) {
      if (a == null) {
        return b;
      }
      if (b == null) {
        return a;
      }
      return new Prices(a.min.min(b.min), a.max.max(b.max), a.sum.add(b.sum), a.count + b.count);
    }
  }
}
