package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The distribution rates of one tariff from a date on, net of VAT. Which zones a table must cover
 * depends on its tariff; {@link TariffPlan} checks that.
 *
 * @param validFrom first local day the rates apply; they apply until the next table's {@code
 *     validFrom}
 * @param rates PLN/kWh per zone, each zero or more; {@link TariffZone#ALL_HOURS} stands in for
 *     every zone not named
 * @param peakHours for G12, G12as and G12w: the local hours billed at the peak rate, sorted and not
 *     overlapping (every other hour is off-peak); empty for other tariffs
 * @param offPeakOnFreeDays for G12, G12as and G12w: whether Saturdays, Sundays and holidays are
 *     off-peak all day (what G12w offers do; the coordinator ignores it)
 */
public record RateTable(
    LocalDate validFrom,
    Map<TariffZone, PlnPerKwh> rates,
    List<HourRange> peakHours,
    boolean offPeakOnFreeDays) {

  public RateTable {
    requireNonNull(validFrom, "'validFrom' must not be null");
    requireNonNull(rates, "'rates' must not be null");
    requireNonNull(peakHours, "'peakHours' must not be null");
    EnumMap<TariffZone, PlnPerKwh> copy = new EnumMap<>(TariffZone.class);
    rates.forEach(
        (zone, rate) -> {
          requireNonNull(zone, "'rates' must not contain a null zone");
          requireNonNull(rate, () -> "'rates' must not contain a null rate, but " + zone + " was");
          if (rate.value().signum() < 0) {
            throw new IllegalArgumentException(
                "'rates' must not be negative, but " + zone + " was " + rate);
          }
          copy.put(zone, rate);
        });
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("'rates' must not be empty");
    }
    rates = Collections.unmodifiableMap(copy);
    peakHours = List.copyOf(peakHours);
    for (int i = 1; i < peakHours.size(); i++) {
      if (peakHours.get(i).from() < peakHours.get(i - 1).to()) {
        throw new IllegalArgumentException(
            "'peakHours' must be sorted and must not overlap, but were " + peakHours);
      }
    }
  }

  /** A table without peak hours (G11, G13, G13s, G14dynamic). */
  public static RateTable of(LocalDate validFrom, Map<TariffZone, PlnPerKwh> rates) {
    return new RateTable(validFrom, rates, List.of(), false);
  }

  /** A one-rate table: {@code rate} for every hour. */
  public static RateTable allHours(LocalDate validFrom, PlnPerKwh rate) {
    return of(validFrom, Map.of(TariffZone.ALL_HOURS, rate));
  }

  /** Whether the table has a rate for {@code zone}, named or through {@code ALL_HOURS}. */
  public boolean covers(TariffZone zone) {
    return rates.containsKey(zone) || rates.containsKey(TariffZone.ALL_HOURS);
  }

  /** The rate of {@code zone} in PLN/kWh net: its own, else the {@code ALL_HOURS} rate. */
  public PlnPerKwh rate(TariffZone zone) {
    PlnPerKwh rate = rates.get(zone);
    if (rate == null) {
      rate = rates.get(TariffZone.ALL_HOURS);
    }
    if (rate == null) {
      throw new IllegalArgumentException(
          "the rate table valid from "
              + validFrom
              + " has no rate for "
              + zone
              + "; it has "
              + rates.keySet());
    }
    return rate;
  }

  /** Whether local hour {@code hour} (0 to 23) is in the peak hours. */
  public boolean isPeakHour(int hour) {
    for (HourRange range : peakHours) {
      if (range.contains(hour)) {
        return true;
      }
    }
    return false;
  }
}
