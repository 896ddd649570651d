package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Turns market prices into final consumer prices: {@code final [PLN/kWh] = market [PLN/MWh] / 1000
 * + scComponent + distribution rate of the tariff zone in force}, all net of VAT, times {@code 1 +
 * vatRate} if {@code includeVat}. The zone and the rate table are those in force at the period's
 * local START (the coordinator evaluates at the period's end, a quarter late).
 *
 * <p>Immutable and thread-safe. Prices are exact decimals; round only for display.
 *
 * @param plan the tariff and its rate tables over time
 * @param scComponent the SC component in PLN/kWh net, zero or more (0.0892 in the coordinator)
 * @param includeVat whether prices include VAT (the coordinator's rates are all net: default off)
 * @param vatRate VAT as a fraction, 0 to 1 (0.23 is 23 %); used only if {@code includeVat}
 */
public record ConsumerPricing(
    TariffPlan plan, PlnPerKwh scComponent, boolean includeVat, BigDecimal vatRate) {

  /** The coordinator's SC component, PLN/kWh net. */
  public static final PlnPerKwh DEFAULT_SC_COMPONENT = PlnPerKwh.of("0.0892");

  /** The Polish standard VAT rate. */
  public static final BigDecimal STANDARD_VAT_RATE = new BigDecimal("0.23");

  public ConsumerPricing {
    requireNonNull(plan, "'plan' must not be null");
    requireNonNull(scComponent, "'scComponent' must not be null");
    requireNonNull(vatRate, "'vatRate' must not be null");
    if (scComponent.value().signum() < 0) {
      throw new IllegalArgumentException(
          "'scComponent' must not be negative, but was " + scComponent);
    }
    if (vatRate.signum() < 0 || vatRate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "'vatRate' must be 0 to 1, but was " + vatRate.toPlainString());
    }
  }

  /** Net prices of {@code plan} with the coordinator's SC component. */
  public static ConsumerPricing net(TariffPlan plan) {
    return new ConsumerPricing(plan, DEFAULT_SC_COMPONENT, false, STANDARD_VAT_RATE);
  }

  /** Net prices with the coordinator's shipped rates of {@code tariff} and SC component. */
  public static ConsumerPricing defaults(Tariff tariff) {
    return net(TariffPlan.defaults(tariff));
  }

  /** These prices with VAT at {@code rate} included. */
  public ConsumerPricing withVat(BigDecimal rate) {
    return new ConsumerPricing(plan, scComponent, true, rate);
  }

  /** The final price of {@code period} (zone judged in {@code zone}); no Kompas status known. */
  public ConsumerPrice price(PricePeriod period, ZoneId zone) {
    requireNonNull(period, "'period' must not be null");
    requireNonNull(zone, "'zone' must not be null");
    return price(period.price(), LocalDateTime.ofInstant(period.start(), zone));
  }

  /** The final price of {@code period} with the hour's Kompas status known (for G14dynamic). */
  public ConsumerPrice price(PricePeriod period, ZoneId zone, KompasStatus status) {
    requireNonNull(period, "'period' must not be null");
    requireNonNull(zone, "'zone' must not be null");
    return price(period.price(), LocalDateTime.ofInstant(period.start(), zone), status);
  }

  /** The final price of {@code market} for a period starting at local time {@code localStart}. */
  public ConsumerPrice price(PlnPerMwh market, LocalDateTime localStart) {
    requireNonNull(localStart, "'localStart' must not be null");
    RateTable table = plan.tableOn(localStart.toLocalDate());
    return priceIn(market, table, plan.tariff().zoneAt(localStart, table));
  }

  /** As {@link #price(PlnPerMwh, LocalDateTime)}, with the hour's Kompas status known. */
  public ConsumerPrice price(PlnPerMwh market, LocalDateTime localStart, KompasStatus status) {
    requireNonNull(localStart, "'localStart' must not be null");
    RateTable table = plan.tableOn(localStart.toLocalDate());
    return priceIn(market, table, plan.tariff().zoneAt(localStart, table, status));
  }

  private ConsumerPrice priceIn(PlnPerMwh market, RateTable table, TariffZone zone) {
    requireNonNull(market, "'market' must not be null");
    return ConsumerPrice.of(
        market.toPlnPerKwh(),
        scComponent,
        table.rate(zone),
        plan.tariff(),
        zone,
        includeVat ? vatRate : BigDecimal.ZERO);
  }
}
