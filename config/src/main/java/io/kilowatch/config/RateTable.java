package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.HourRange;
import io.kilowatch.core.energy.TariffZone;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The distribution rates of one tariff from a date on, net of VAT, in PLN/kWh. Which rates a table
 * must hold depends on its tariff; {@link TariffSettings} checks that. Zones and hours are core's
 * types; the rates stay as configured ({@link BigDecimal}), core's {@code PlnPerKwh} is made of
 * them where pricing starts.
 *
 * @param validFrom first local day the rates apply; they apply until the next table's {@code
 *     validFrom}
 * @param rates PLN/kWh per zone, each zero or more; trailing zeros are stripped so {@code 0.110}
 *     equals {@code 0.11}
 * @param peakHours for G12, G12as and G12w the hours billed at the peak rate (all others are
 *     off-peak), sorted and not overlapping; empty for the other tariffs
 */
public record RateTable(
    LocalDate validFrom, Map<TariffZone, BigDecimal> rates, List<HourRange> peakHours) {

  public RateTable {
    requireNonNull(validFrom, "'validFrom' must not be null");
    requireNonNull(rates, "'rates' must not be null");
    requireNonNull(peakHours, "'peakHours' must not be null");
    EnumMap<TariffZone, BigDecimal> normalized = new EnumMap<>(TariffZone.class);
    rates.forEach(
        (zone, rate) -> {
          requireNonNull(zone, "'rates' must not contain a null zone");
          requireNonNull(rate, "'rates' must not contain a null rate, but " + zone + " was null");
          if (rate.signum() < 0) {
            throw new IllegalArgumentException(
                "'rates' must not be negative, but " + zone + " was " + rate.toPlainString());
          }
          normalized.put(zone, rate.stripTrailingZeros());
        });
    rates = Collections.unmodifiableMap(normalized);
    peakHours = List.copyOf(peakHours);
    for (int i = 1; i < peakHours.size(); i++) {
      if (peakHours.get(i).from() < peakHours.get(i - 1).to()) {
        throw new IllegalArgumentException(
            "'peakHours' must be sorted and must not overlap, but were " + peakHours);
      }
    }
  }

  /** A table of a tariff without hour ranges (G11, G13, G13s, G14dynamic). */
  public static RateTable of(LocalDate validFrom, Map<TariffZone, BigDecimal> rates) {
    return new RateTable(validFrom, rates, List.of());
  }

  /**
   * The rate of {@code zone}, in PLN/kWh net: its own, else the table's {@code ALL_HOURS} rate.
   *
   * @throws IllegalArgumentException if the table has neither
   */
  public BigDecimal rate(TariffZone zone) {
    BigDecimal rate = rates.getOrDefault(zone, rates.get(TariffZone.ALL_HOURS));
    if (rate == null) {
      throw new IllegalArgumentException(
          "this rate table has no rate for " + zone + "; it has " + rates.keySet());
    }
    return rate;
  }
}
