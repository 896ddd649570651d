package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Computes {@link SummaryTotals#of}: one pass over the decisions, one over the readings. */
final class TotalsAccumulator {

  private int charging;
  private int waiting;
  private int selling;
  private BigDecimal energy = BigDecimal.ZERO;
  private BigDecimal energyT1 = BigDecimal.ZERO;
  private BigDecimal energyT2 = BigDecimal.ZERO;
  private BigDecimal energyUnknownZone = BigDecimal.ZERO;
  private BigDecimal cost = BigDecimal.ZERO;
  private BigDecimal savings = BigDecimal.ZERO;
  private BigDecimal sold = BigDecimal.ZERO;
  private BigDecimal revenue = BigDecimal.ZERO;
  private int withoutEnergy;
  private BigDecimal confidenceSum = BigDecimal.ZERO;
  private int confidenceCount;
  private SummaryTotals.@Nullable Prices prices;
  private final Map<String, Integer> sources = new TreeMap<>();
  private @Nullable BigDecimal gridImport;
  private BigDecimal gridImportT1 = BigDecimal.ZERO;
  private BigDecimal gridImportT2 = BigDecimal.ZERO;
  private BigDecimal gridImportUnknownZone = BigDecimal.ZERO;

  private TotalsAccumulator() {}

  static SummaryTotals total(
      Collection<? extends Decision> decisions, Collection<EnergyReading> readings) {
    requireNonNull(decisions, "'decisions' must not be null");
    requireNonNull(readings, "'readings' must not be null");
    TotalsAccumulator totals = new TotalsAccumulator();
    decisions.forEach(totals::addDecision);
    totals.addReadings(readings);
    return totals.result();
  }

  private void addDecision(Decision decision) {
    Double confidence = decision.confidence();
    if (confidence != null) {
      confidenceSum = confidenceSum.add(BigDecimal.valueOf(confidence));
      confidenceCount++;
    }
    switch (decision.category()) {
      case CHARGING -> addCharging(decision);
      case SELLING -> addSelling(decision);
      case WAIT -> waiting++;
    }
  }

  private void addCharging(Decision decision) {
    charging++;
    if (!(decision instanceof ChargingDecision charge)) {
      withoutEnergy++;
      sources.merge(SummaryTotals.UNKNOWN_SOURCE, 1, Integer::sum);
      return;
    }
    String source = charge.chargingSource();
    sources.merge(
        source == null || source.isBlank() ? SummaryTotals.UNKNOWN_SOURCE : source,
        1,
        Integer::sum);
    Double energyKwh = charge.energyKwh();
    if (energyKwh == null) {
      withoutEnergy++;
    } else {
      BigDecimal kwh = BigDecimal.valueOf(energyKwh);
      energy = energy.add(kwh);
      switch (zoneOf(charge.tariffZone())) {
        case "T1" -> energyT1 = energyT1.add(kwh);
        case "T2" -> energyT2 = energyT2.add(kwh);
        default -> energyUnknownZone = energyUnknownZone.add(kwh);
      }
    }
    cost = cost.add(decimal(charge.estimatedCostPln()));
    savings = savings.add(decimal(charge.estimatedSavingsPln()));
    Double price = charge.currentPricePlnPerKwh();
    if (price != null && price > 0) {
      prices =
          SummaryTotals.Prices.combine(prices, SummaryTotals.Prices.of(BigDecimal.valueOf(price)));
    }
  }

  private void addSelling(Decision decision) {
    selling++;
    if (decision instanceof SellingDecision sale) {
      sold = sold.add(decimal(sale.energySoldKwh()));
      revenue = revenue.add(decimal(sale.expectedRevenuePln()));
    } else if (decision instanceof ChargingDecision record) {
      sold = sold.add(decimal(record.energyKwh()));
      revenue = revenue.add(decimal(record.estimatedSavingsPln()));
    }
  }

  private void addReadings(Collection<EnergyReading> readings) {
    List<EnergyReading> counted =
        readings.stream()
            .filter(reading -> reading.gridImportTotalKwh() != null)
            .sorted(Comparator.comparing(EnergyReading::at))
            .toList();
    if (counted.size() < 2) {
      return;
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal previous = counter(counted.get(0));
    for (EnergyReading reading : counted.subList(1, counted.size())) {
      BigDecimal current = counter(reading);
      BigDecimal delta = current.subtract(previous);
      previous = current;
      if (delta.signum() <= 0) {
        continue;
      }
      total = total.add(delta);
      switch (zoneOf(reading.tariffZone())) {
        case "T1" -> gridImportT1 = gridImportT1.add(delta);
        case "T2" -> gridImportT2 = gridImportT2.add(delta);
        default -> gridImportUnknownZone = gridImportUnknownZone.add(delta);
      }
    }
    gridImport = total;
  }

  private SummaryTotals result() {
    return new SummaryTotals(
        new DecisionCounts(charging, waiting, selling),
        energy,
        energyT1,
        energyT2,
        energyUnknownZone,
        cost,
        savings,
        sold,
        revenue,
        withoutEnergy,
        confidenceSum,
        confidenceCount,
        prices,
        sources,
        gridImport,
        gridImportT1,
        gridImportT2,
        gridImportUnknownZone);
  }

  private static BigDecimal counter(EnergyReading reading) {
    return BigDecimal.valueOf(requireNonNull(reading.gridImportTotalKwh()));
  }

  private static BigDecimal decimal(@Nullable Double value) {
    return value == null ? BigDecimal.ZERO : BigDecimal.valueOf(value);
  }

  /** {@code T1}, {@code T2}, or the empty string for no or another zone. */
  private static String zoneOf(@Nullable String zone) {
    return zone == null ? "" : zone.strip().toUpperCase(Locale.ROOT);
  }
}
