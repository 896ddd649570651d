package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a user wants to know about one price day at one instant, in final consumer prices: the
 * current and the next period, the cheapest and the most expensive period, the average, the
 * cheapest contiguous window of a chosen length, and hourly averages as a derived view.
 *
 * <p>Computed once from a {@link PriceDay}, a {@link ConsumerPricing} and an instant (no clock is
 * read); immutable and thread-safe afterwards. Ties go to the earliest period or window.
 */
public final class PriceSummary {

  private final PriceDay day;
  private final Instant at;
  private final List<PricedPeriod> periods;
  private final int currentIndex;
  private final int cheapestIndex;
  private final int mostExpensiveIndex;
  private final PlnPerKwh average;
  private final Duration window;
  private final @Nullable PriceWindow cheapestWindow;

  private PriceSummary(PriceDay day, ConsumerPricing pricing, Instant at, Duration window) {
    this.day = day;
    this.at = at;
    ZoneId zone = day.zone();
    List<PricedPeriod> priced = new ArrayList<>(day.periods().size());
    for (PricePeriod period : day.periods()) {
      priced.add(new PricedPeriod(period, pricing.price(period, zone)));
    }
    this.periods = List.copyOf(priced);
    this.currentIndex = day.indexAt(at);
    int cheapest = 0;
    int mostExpensive = 0;
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < periods.size(); i++) {
      PlnPerKwh total = periods.get(i).total();
      sum = sum.add(total.value());
      if (total.compareTo(periods.get(cheapest).total()) < 0) {
        cheapest = i;
      }
      if (total.compareTo(periods.get(mostExpensive).total()) > 0) {
        mostExpensive = i;
      }
    }
    this.cheapestIndex = cheapest;
    this.mostExpensiveIndex = mostExpensive;
    this.average = new PlnPerKwh(sum).dividedBy(periods.size());
    this.window = window;
    this.cheapestWindow = cheapestWindow(window).orElse(null);
  }

  /**
   * Summarizes {@code day} priced by {@code pricing}, as seen at {@code at}.
   *
   * @param window length of the cheapest window to find; a positive multiple of the day's
   *     resolution
   * @throws IllegalArgumentException if {@code window} is not a positive multiple of the
   *     resolution, or the pricing has no rates for the day
   */
  public static PriceSummary of(
      PriceDay day, ConsumerPricing pricing, Instant at, Duration window) {
    requireNonNull(day, "'day' must not be null");
    requireNonNull(pricing, "'pricing' must not be null");
    requireNonNull(at, "'at' must not be null");
    requireNonNull(window, "'window' must not be null");
    return new PriceSummary(day, pricing, at, window);
  }

  /** The day's business date. */
  public LocalDate businessDate() {
    return day.businessDate();
  }

  /** The price day summarized. */
  public PriceDay day() {
    return day;
  }

  /** The instant the summary describes. */
  public Instant at() {
    return at;
  }

  /** Every period with its final price, in order. */
  public List<PricedPeriod> periods() {
    return periods;
  }

  /** The period containing {@link #at()}, or empty if that instant is outside the day. */
  public Optional<PricedPeriod> current() {
    return currentIndex < 0 ? Optional.empty() : Optional.of(periods.get(currentIndex));
  }

  /**
   * The period after the current one; the first period if {@link #at()} is before the day; empty at
   * the day's last period or after the day.
   */
  public Optional<PricedPeriod> next() {
    if (currentIndex < 0) {
      return at.isBefore(day.start()) ? Optional.of(periods.get(0)) : Optional.empty();
    }
    return currentIndex + 1 < periods.size()
        ? Optional.of(periods.get(currentIndex + 1))
        : Optional.empty();
  }

  /** The period with the lowest final price (the earliest of equals). */
  public PricedPeriod cheapest() {
    return periods.get(cheapestIndex);
  }

  /** The period with the highest final price (the earliest of equals). */
  public PricedPeriod mostExpensive() {
    return periods.get(mostExpensiveIndex);
  }

  /** The mean final price of the day's periods (they are all the same length), PLN/kWh. */
  public PlnPerKwh average() {
    return average;
  }

  /** The window length this summary was made for. */
  public Duration window() {
    return window;
  }

  /** The cheapest window of {@link #window()}; empty if the day is shorter than the window. */
  public Optional<PriceWindow> cheapestWindow() {
    return Optional.ofNullable(cheapestWindow);
  }

  /**
   * The cheapest run of consecutive periods lasting {@code length} (lowest mean final price; the
   * earliest of equals), or empty if the day is shorter.
   *
   * @throws IllegalArgumentException if {@code length} is not a positive multiple of the day's
   *     resolution
   */
  public Optional<PriceWindow> cheapestWindow(Duration length) {
    requireNonNull(length, "'length' must not be null");
    Duration resolution = day.resolution();
    if (length.isNegative() || length.isZero() || length.toNanos() % resolution.toNanos() != 0) {
      throw new IllegalArgumentException(
          "'window' must be a positive multiple of the day's resolution "
              + resolution
              + ", but was "
              + length);
    }
    long count = length.toNanos() / resolution.toNanos();
    if (count > periods.size()) {
      return Optional.empty();
    }
    int size = (int) count;
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < size; i++) {
      sum = sum.add(periods.get(i).total().value());
    }
    BigDecimal best = sum;
    int bestStart = 0;
    for (int start = 1; start + size <= periods.size(); start++) {
      sum =
          sum.subtract(periods.get(start - 1).total().value())
              .add(periods.get(start + size - 1).total().value());
      if (sum.compareTo(best) < 0) {
        best = sum;
        bestStart = start;
      }
    }
    return Optional.of(
        new PriceWindow(
            periods.subList(bestStart, bestStart + size), new PlnPerKwh(best).dividedBy(size)));
  }

  /**
   * Hourly averages of the day, a DERIVED view (see {@link HourlyAverage}): one entry per local
   * hour, 23 / 24 / 25 of them, in order.
   */
  public List<HourlyAverage> hourlyAverages() {
    ZoneId zone = day.zone();
    List<HourlyAverage> hours = new ArrayList<>();
    int first = 0;
    while (first < periods.size()) {
      ZonedDateTime hourStart =
          periods.get(first).period().start().atZone(zone).truncatedTo(ChronoUnit.HOURS);
      Instant hourEnd = hourStart.toInstant().plus(Duration.ofHours(1));
      int last = first;
      BigDecimal market = BigDecimal.ZERO;
      BigDecimal total = BigDecimal.ZERO;
      while (last < periods.size() && periods.get(last).period().start().isBefore(hourEnd)) {
        market = market.add(periods.get(last).period().price().value());
        total = total.add(periods.get(last).total().value());
        last++;
      }
      int count = last - first;
      hours.add(
          new HourlyAverage(
              periods.get(first).period().start(),
              periods.get(last - 1).period().end(),
              ClockLabel.of(hourStart),
              new PlnPerMwh(market.divide(BigDecimal.valueOf(count), PlnPerKwh.AVERAGE_PRECISION)),
              new PlnPerKwh(total).dividedBy(count),
              count));
      first = last;
    }
    return List.copyOf(hours);
  }

  @Override
  public String toString() {
    return "PriceSummary["
        + day.businessDate()
        + " at "
        + at
        + ", average "
        + average
        + ", cheapest "
        + cheapest().period()
        + "]";
  }
}
