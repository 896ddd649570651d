package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The final consumer price of one period and how it is made up, all in PLN/kWh: {@code total =
 * (market + scComponent + distribution) * (1 + vatRate)}.
 *
 * @param market the market price converted to PLN/kWh; may be negative
 * @param scComponent the SC component ("składnik cenotwórczy"), net
 * @param distribution the distribution rate of {@code zone}, net
 * @param tariff the tariff priced
 * @param zone the tariff zone in force at the period's start
 * @param vatRate the VAT applied, as a fraction; zero when prices are shown net
 * @param total the final price; may be negative
 */
public record ConsumerPrice(
    PlnPerKwh market,
    PlnPerKwh scComponent,
    PlnPerKwh distribution,
    Tariff tariff,
    TariffZone zone,
    BigDecimal vatRate,
    PlnPerKwh total) {

  public ConsumerPrice {
    requireNonNull(market, "'market' must not be null");
    requireNonNull(scComponent, "'scComponent' must not be null");
    requireNonNull(distribution, "'distribution' must not be null");
    requireNonNull(tariff, "'tariff' must not be null");
    requireNonNull(zone, "'zone' must not be null");
    requireNonNull(vatRate, "'vatRate' must not be null");
    requireNonNull(total, "'total' must not be null");
  }

  /** The price of these components: sums them and applies {@code vatRate}. */
  static ConsumerPrice of(
      PlnPerKwh market,
      PlnPerKwh scComponent,
      PlnPerKwh distribution,
      Tariff tariff,
      TariffZone zone,
      BigDecimal vatRate) {
    PlnPerKwh net = market.plus(scComponent).plus(distribution);
    PlnPerKwh total = vatRate.signum() == 0 ? net : net.times(BigDecimal.ONE.add(vatRate));
    return new ConsumerPrice(market, scComponent, distribution, tariff, zone, vatRate, total);
  }
}
