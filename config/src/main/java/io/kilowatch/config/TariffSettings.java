package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.Tariff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How Kilowatch turns a market price into a consumer price: {@code final [PLN/kWh] = market
 * [PLN/MWh] / 1000 + scComponent + distribution rate}, all net, times {@code 1 + vatRate} if {@code
 * includeVat}.
 *
 * @param type the tariff in force
 * @param scComponent the "składnik cenotwórczy" in PLN/kWh net, zero or more
 * @param includeVat whether shown prices include VAT
 * @param vatRate the VAT rate as a fraction, 0 to 1 (0.23 is 23 %)
 * @param rateTables per tariff, its rate tables in ascending order of {@code validFrom}; must hold
 *     {@code type}, and every table must fit its tariff
 */
public record TariffSettings(
    Tariff type,
    BigDecimal scComponent,
    boolean includeVat,
    BigDecimal vatRate,
    Map<Tariff, List<RateTable>> rateTables) {

  public TariffSettings {
    requireNonNull(type, "'type' must not be null");
    requireNonNull(scComponent, "'scComponent' must not be null");
    requireNonNull(vatRate, "'vatRate' must not be null");
    requireNonNull(rateTables, "'rateTables' must not be null");
    if (scComponent.signum() < 0) {
      throw new IllegalArgumentException(
          "'scComponent' must not be negative, but was " + scComponent.toPlainString());
    }
    if (vatRate.signum() < 0 || vatRate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "'vatRate' must be 0 to 1, but was " + vatRate.toPlainString());
    }
    scComponent = scComponent.stripTrailingZeros();
    vatRate = vatRate.stripTrailingZeros();
    EnumMap<Tariff, List<RateTable>> copy = new EnumMap<>(Tariff.class);
    List<String> violations = new ArrayList<>();
    rateTables.forEach(
        (tariff, tables) -> {
          requireNonNull(tariff, "'rateTables' must not contain a null tariff");
          List<RateTable> tablesCopy = List.copyOf(tables);
          violations.addAll(RateTableRules.orderViolations(tariff, tablesCopy));
          for (RateTable table : tablesCopy) {
            violations.addAll(RateTableRules.violations(tariff, table));
          }
          copy.put(tariff, tablesCopy);
        });
    if (!copy.containsKey(type)) {
      violations.add("there is no rate table for the tariff in force, " + type);
    }
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("'rateTables' are invalid: " + violations);
    }
    rateTables = Collections.unmodifiableMap(copy);
  }

  /** The rate tables of the tariff in force, oldest first; never empty. */
  public List<RateTable> activeRateTables() {
    return requireNonNull(rateTables.get(type));
  }

  /**
   * The table of the tariff in force that applies on {@code day}: the last one whose {@code
   * validFrom} is not after it. Empty for days before the first table.
   */
  public Optional<RateTable> rateTableOn(LocalDate day) {
    requireNonNull(day, "'day' must not be null");
    RateTable found = null;
    for (RateTable table : activeRateTables()) {
      if (table.validFrom().isAfter(day)) {
        break;
      }
      found = table;
    }
    return Optional.ofNullable(found);
  }
}
