package io.kilowatch.config;

import io.kilowatch.core.energy.HourRange;
import io.kilowatch.core.energy.Tariff;
import io.kilowatch.core.energy.TariffZone;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The distribution rates the coordinator ships (its {@code master_coordinator_config.yaml}, PLN/kWh
 * net), as Kilowatch's defaults. The coordinator's tables carry no date; here they are valid from
 * {@link #VALID_FROM}.
 */
final class DefaultRates {

  /** The date the shipped tables are valid from. */
  static final LocalDate VALID_FROM = LocalDate.of(2024, 1, 1);

  /** Every tariff's shipped table. */
  static final Map<Tariff, List<RateTable>> ALL = all();

  private DefaultRates() {}

  private static Map<Tariff, List<RateTable>> all() {
    Map<Tariff, List<RateTable>> all = new EnumMap<>(Tariff.class);
    all.put(
        Tariff.G11,
        List.of(RateTable.of(VALID_FROM, Map.of(TariffZone.ALL_HOURS, rate("0.3125")))));
    all.put(
        Tariff.G12,
        List.of(twoZones("0.3566", "0.0749", new HourRange(7, 13), new HourRange(15, 22))));
    all.put(Tariff.G12AS, List.of(twoZones("0.3125", "0.0312", new HourRange(7, 13))));
    all.put(Tariff.G12W, List.of(twoZones("0.3566", "0.0749", new HourRange(6, 22))));
    all.put(Tariff.G13, List.of(RateTable.of(VALID_FROM, Map.of(TariffZone.ALL_HOURS, rate("0")))));
    all.put(
        Tariff.G13S,
        List.of(
            RateTable.of(
                VALID_FROM,
                Map.of(
                    TariffZone.SUMMER_DAY_PEAK, rate("0.29"),
                    TariffZone.SUMMER_DAY_OFF_PEAK, rate("0.1"),
                    TariffZone.SUMMER_NIGHT, rate("0.11"),
                    TariffZone.WINTER_DAY_PEAK, rate("0.34"),
                    TariffZone.WINTER_DAY_OFF_PEAK, rate("0.2"),
                    TariffZone.WINTER_NIGHT, rate("0.11"),
                    TariffZone.FREE_DAYS, rate("0.11")))));
    all.put(
        Tariff.G14DYNAMIC,
        List.of(
            RateTable.of(
                VALID_FROM,
                Map.of(
                    TariffZone.RECOMMENDED_USAGE, rate("0.0145"),
                    TariffZone.NORMAL_USAGE, rate("0.0578"),
                    TariffZone.RECOMMENDED_SAVING, rate("0.4339"),
                    TariffZone.REQUIRED_REDUCTION, rate("2.8931"),
                    TariffZone.FALLBACK, rate("0.0578")))));
    return Collections.unmodifiableMap(all);
  }

  private static RateTable twoZones(String peak, String offPeak, HourRange... peakHours) {
    return new RateTable(
        VALID_FROM,
        Map.of(TariffZone.PEAK, rate(peak), TariffZone.OFF_PEAK, rate(offPeak)),
        List.of(peakHours));
  }

  private static BigDecimal rate(String text) {
    return new BigDecimal(text);
  }
}
