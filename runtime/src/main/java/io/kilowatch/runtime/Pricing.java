package io.kilowatch.runtime;

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
public final class Pricing {

  private Pricing() {}

  /** The pricing of the tariff in force. */
  public static ConsumerPricing of(TariffSettings settings) {
    return of(settings, settings.type());
  }

  /**
   * The pricing of {@code tariff} with the configured SC component and VAT, and its configured rate
   * tables (the built-in ones when none are configured for it): "what would this day cost on G12".
   */
  public static ConsumerPricing of(TariffSettings settings, Tariff tariff) {
    List<RateTable> configured = settings.rateTables().getOrDefault(tariff, List.of());
    TariffPlan plan =
        configured.isEmpty()
            ? TariffPlan.defaults(tariff)
            : new TariffPlan(
                tariff, configured.stream().map(table -> table(tariff, table)).toList());
    return new ConsumerPricing(
        plan, new PlnPerKwh(settings.scComponent()), settings.includeVat(), settings.vatRate());
  }

  /** Configured BigDecimal rates become PlnPerKwh; G12w tables make free days off-peak. */
  private static io.kilowatch.core.energy.RateTable table(Tariff tariff, RateTable table) {
    Map<TariffZone, PlnPerKwh> rates = new EnumMap<>(TariffZone.class);
    table.rates().forEach((zone, rate) -> rates.put(zone, new PlnPerKwh(rate)));
    return new io.kilowatch.core.energy.RateTable(
        table.validFrom(), rates, table.peakHours(), tariff == Tariff.G12W);
  }
}
