package io.kilowatch.core.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The final price of electricity at an instant, as the dashboard's price views know it. A small
 * seam so that {@link CoordinatorViews} can show the current price without depending on how prices
 * are loaded; the composition root passes e.g. {@code instant -> priceViews.priceAt(instant)}.
 *
 * <p>Must not do I/O (it is called while assembling the current state, and should read a view);
 * must be thread-safe. An exception is logged and treated as "no price".
 */
@FunctionalInterface
public interface CurrentPrice {

  /** No prices: the current state is shown without one. */
  CurrentPrice NONE = instant -> Optional.empty();

  /**
   * The final price (market + SC component + distribution) in PLN/kWh at {@code instant}.
   *
   * @return the price, or empty when not known
   */
  Optional<BigDecimal> at(Instant instant);
}
