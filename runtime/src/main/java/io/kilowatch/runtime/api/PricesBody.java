package io.kilowatch.runtime.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kilowatch.core.energy.HourlyAverage;
import io.kilowatch.core.energy.PlnPerKwh;
import io.kilowatch.core.energy.PriceSummary;
import io.kilowatch.core.energy.PriceWindow;
import io.kilowatch.core.energy.PricedPeriod;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.runtime.report.Timestamps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET /prices}: the reference's fields (hourly {@code prices[]} with {@code
 * hour}, {@code hour_str}, the final and the market price of each; current, cheapest and average),
 * computed right (hours by the periods' true start, current price of the current period), plus the
 * current and next period, the cheapest window, the day's maximum, and, when asked for, {@code
 * days[]} (the asked day, then tomorrow once published) with their native periods, as the page
 * reads them; left out of the JSON when not asked for. Prices in PLN/kWh, 4 decimals; times
 * ISO-8601 with offset.
 */
public record PricesBody(
    String businessDate,
    String tariff,
    int resolutionMinutes,
    @Nullable Double currentPricePlnKwh,
    double cheapestPricePlnKwh,
    String cheapestHour,
    double averagePricePlnKwh,
    double maxPricePlnKwh,
    @Nullable String priceTrend,
    String dataSource,
    String calculationMethod,
    List<Hour> prices,
    @Nullable Period currentPeriod,
    @Nullable Period nextPeriod,
    @Nullable Window cheapestWindow,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Day> days) {

  /**
   * One price day as the page draws it: native periods, hourly averages, the cheapest window.
   * {@code price} is the final price, {@code market_price} the market price, both PLN/kWh.
   */
  public record Day(
      String date,
      int resolutionMinutes,
      List<DayPeriod> periods,
      List<DayPeriod> hourly,
      @Nullable DayWindow cheapestWindow,
      double averagePrice) {}

  /** A period of {@link Day}. */
  public record DayPeriod(
      String start, String end, double price, double marketPrice, @Nullable String tariffZone) {}

  /** The cheapest window of {@link Day}. */
  public record DayWindow(String start, String end, int durationMinutes, double averagePrice) {}

  /** One hour, as the reference's page draws it. */
  public record Hour(int hour, String hourStr, double price, double marketPrice, int periods) {}

  /** One native period (15 minutes or an hour) with its final price and tariff zone. */
  public record Period(
      String start, String end, double marketPlnKwh, double finalPlnKwh, String zone) {}

  /** The cheapest contiguous window of the requested length. */
  public record Window(String start, String end, int minutes, double averagePlnKwh) {}

  public static PricesBody of(
      PriceSummary summary, List<PriceSummary> days, SnapshotSource source, ZoneId zone) {
    PricedPeriod cheapest = summary.cheapest();
    return new PricesBody(
        summary.businessDate().toString(),
        summary.periods().isEmpty() ? "" : summary.periods().get(0).price().tariff().toString(),
        (int) summary.day().resolution().toMinutes(),
        summary.current().map(period -> round(period.total())).orElse(null),
        round(cheapest.total()),
        hourLabel(ZonedDateTime.ofInstant(cheapest.period().start(), zone)),
        round(summary.average()),
        round(summary.mostExpensive().total()),
        null,
        source == SnapshotSource.LIVE ? "PSE API (CSDAC-PLN)" : "Kilowatch price archive",
        "tariff_aware",
        summary.hourlyAverages().stream().map(average -> hour(average, zone)).toList(),
        summary.current().map(period -> period(period, zone)).orElse(null),
        summary.next().map(period -> period(period, zone)).orElse(null),
        summary.cheapestWindow().map(window -> window(window, zone)).orElse(null),
        days.stream().map(day -> day(day, zone)).toList());
  }

  private static Day day(PriceSummary summary, ZoneId zone) {
    return new Day(
        summary.businessDate().toString(),
        (int) summary.day().resolution().toMinutes(),
        summary.periods().stream()
            .map(
                priced ->
                    new DayPeriod(
                        Timestamps.format(priced.period().start(), zone),
                        Timestamps.format(priced.period().end(), zone),
                        round(priced.total()),
                        round(priced.period().price().toPlnPerKwh()),
                        priced.price().zone().name().toLowerCase(Locale.ROOT)))
            .toList(),
        summary.hourlyAverages().stream()
            .map(
                average ->
                    new DayPeriod(
                        Timestamps.format(average.start(), zone),
                        Timestamps.format(average.end(), zone),
                        round(average.total()),
                        round(average.market().toPlnPerKwh()),
                        null))
            .toList(),
        summary
            .cheapestWindow()
            .map(
                window ->
                    new DayWindow(
                        Timestamps.format(window.start(), zone),
                        Timestamps.format(window.end(), zone),
                        (int) window.duration().toMinutes(),
                        round(window.average())))
            .orElse(null),
        round(summary.average()));
  }

  private static Hour hour(HourlyAverage average, ZoneId zone) {
    int hour = ZonedDateTime.ofInstant(average.start(), zone).getHour();
    return new Hour(
        hour,
        average.label(),
        round(average.total()),
        round(average.market().toPlnPerKwh()),
        average.periods());
  }

  private static Period period(PricedPeriod priced, ZoneId zone) {
    return new Period(
        Timestamps.format(priced.period().start(), zone),
        Timestamps.format(priced.period().end(), zone),
        round(priced.period().price().toPlnPerKwh()),
        round(priced.total()),
        priced.price().zone().name().toLowerCase(Locale.ROOT));
  }

  private static Window window(PriceWindow window, ZoneId zone) {
    return new Window(
        Timestamps.format(window.start(), zone),
        Timestamps.format(window.end(), zone),
        (int) window.duration().toMinutes(),
        round(window.average()));
  }

  private static String hourLabel(ZonedDateTime time) {
    return String.format(Locale.ROOT, "%02d:00", time.getHour());
  }

  private static double round(PlnPerKwh price) {
    return price.value().setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }

  static double round(BigDecimal value) {
    return value.setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }
}
