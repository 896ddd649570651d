package io.kilowatch.runtime;

import io.kilowatch.config.HourRange;
import io.kilowatch.config.RateTable;
import io.kilowatch.config.TariffSettings;
import io.kilowatch.core.energy.ConsumerPricing;
import io.kilowatch.core.energy.PlnPerKwh;
import io.kilowatch.core.energy.Tariff;
import io.kilowatch.core.energy.TariffPlan;
import io.kilowatch.core.energy.TariffZone;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The one place where the configured tariff becomes core's {@link ConsumerPricing}. */
final class Pricing {

  private Pricing() {}

  static ConsumerPricing of(TariffSettings settings) {
    Tariff tariff = Tariff.valueOf(settings.type().name());
    List<RateTable> configured = settings.rateTables().getOrDefault(settings.type(), List.of());
    TariffPlan plan =
        configured.isEmpty()
            ? TariffPlan.defaults(tariff)
            : new TariffPlan(
                tariff, configured.stream().map(table -> table(tariff, table)).toList());
    return new ConsumerPricing(
        plan, new PlnPerKwh(settings.scComponent()), settings.includeVat(), settings.vatRate());
  }

  private static io.kilowatch.core.energy.RateTable table(Tariff tariff, RateTable table) {
    Map<TariffZone, PlnPerKwh> rates = new EnumMap<>(TariffZone.class);
    table
        .rates()
        .forEach((zone, rate) -> rates.put(TariffZone.valueOf(zone.name()), new PlnPerKwh(rate)));
    List<io.kilowatch.core.energy.HourRange> peakHours =
        table.peakHours().stream().map(Pricing::hours).toList();
    return new io.kilowatch.core.energy.RateTable(
        table.validFrom(), rates, peakHours, tariff == Tariff.G12W);
  }

  private static io.kilowatch.core.energy.HourRange hours(HourRange range) {
    return new io.kilowatch.core.energy.HourRange(range.from(), range.to());
  }
}
