package io.kilowatch.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kilowatch.runtime.report.Timestamps;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Demo {@code /prices} in the shape the page expects (README "What the page reads"): the
 * reference's fields plus {@code days[]} with native 15-minute periods. Market prices are real PSE
 * days (test resources), re-dated to today and tomorrow; the tariff is a G12w-like demo, not
 * Kilowatch's tariff logic.
 */
final class DemoPrices {

  static final int WINDOW_PERIODS = 12;
  private static final double[] TODAY = read("demo/rce-pln_2025-10-05_15min_value.json", "rce_pln");
  private static final double[] TOMORROW =
      read("demo/csdac-pln_2024-06-14_page0.json", "csdac_pln");

  private DemoPrices() {}

  static Map<String, Object> prices(Instant now, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    Map<String, Object> first = day(today, TODAY, zone);
    Map<String, Object> second = day(today.plusDays(1), TOMORROW, zone);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> hourly = (List<Map<String, Object>>) first.get("hourly");
    List<Map<String, Object>> reference = new ArrayList<>();
    Map<String, Object> cheapest = hourly.get(0);
    Map<String, Object> current = hourly.get(0);
    for (int hour = 0; hour < hourly.size(); hour++) {
      Map<String, Object> h = hourly.get(hour);
      reference.add(
          DemoData.object(
              "hour", hour,
              "hour_str", String.format("%02d:00", hour),
              "price", h.get("price"),
              "market_price", h.get("market_price")));
      if ((double) h.get("price") < (double) cheapest.get("price")) {
        cheapest = h;
      }
      if (ZonedDateTime.ofInstant(now, zone).getHour() == hour) {
        current = h;
      }
    }
    return DemoData.object(
        "average_price_pln_kwh", first.get("average_price"),
        "price_trend", "stable",
        "data_source", "PSE API (CSDAC-PLN)",
        "last_updated", Timestamps.format(now, zone),
        "calculation_method", "tariff_aware",
        "prices", reference,
        "current_price_pln_kwh", current.get("price"),
        "cheapest_price_pln_kwh", cheapest.get("price"),
        "cheapest_hour", String.format("%02d:00", hourly.indexOf(cheapest)),
        "tariff", "G12w",
        "days", List.of(first, second));
  }

  private static Map<String, Object> day(LocalDate date, double[] mwh, ZoneId zone) {
    ZonedDateTime start = date.atStartOfDay(zone);
    List<Map<String, Object>> periods = new ArrayList<>();
    double[] finals = new double[mwh.length];
    for (int i = 0; i < mwh.length; i++) {
      ZonedDateTime from = start.plusMinutes(15L * i);
      boolean offPeak =
          from.getHour() >= 22
              || from.getHour() < 6
              || from.getHour() == 13
              || from.getHour() == 14;
      double market = mwh[i] / 1000;
      finals[i] = round(market + 0.0958 + (offPeak ? 0.0894 : 0.3291));
      periods.add(period(from, 15, zone, finals[i], round(market), offPeak ? "T2" : "T1"));
    }
    List<Map<String, Object>> hourly = new ArrayList<>();
    for (int h = 0; h + 4 <= mwh.length; h += 4) {
      hourly.add(
          period(
              start.plusHours(h / 4),
              60,
              zone,
              average(finals, h, 4),
              average(mwh, h, 4) / 1000,
              null));
    }
    int best = 0;
    for (int i = 0; i + WINDOW_PERIODS <= finals.length; i++) {
      if (average(finals, i, WINDOW_PERIODS) < average(finals, best, WINDOW_PERIODS)) {
        best = i;
      }
    }
    ZonedDateTime windowStart = start.plusMinutes(15L * best);
    return DemoData.object(
        "date",
        date.toString(),
        "resolution_minutes",
        15,
        "periods",
        periods,
        "hourly",
        hourly,
        "cheapest_window",
        DemoData.object(
            "start", Timestamps.format(windowStart.toInstant(), zone),
            "end",
                Timestamps.format(windowStart.plusMinutes(15L * WINDOW_PERIODS).toInstant(), zone),
            "duration_minutes", 15 * WINDOW_PERIODS,
            "average_price", average(finals, best, WINDOW_PERIODS)),
        "average_price",
        average(finals, 0, finals.length));
  }

  private static Map<String, Object> period(
      ZonedDateTime from, int minutes, ZoneId zone, double price, double market, String tariff) {
    return DemoData.object(
        "start", Timestamps.format(from.toInstant(), zone),
        "end", Timestamps.format(from.plusMinutes(minutes).toInstant(), zone),
        "price", round(price),
        "market_price", round(market),
        "tariff_zone", tariff);
  }

  private static double average(double[] values, int from, int count) {
    double sum = 0;
    for (int i = from; i < from + count; i++) {
      sum += values[i];
    }
    return round(sum / count);
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  /** The first 96 market prices (PLN/MWh) of a recorded PSE response. */
  private static double[] read(String resource, String field) {
    try (InputStream in = DemoPrices.class.getClassLoader().getResourceAsStream(resource)) {
      JsonNode root = new ObjectMapper().readTree(in);
      JsonNode rows = root.isArray() ? root : root.get("value");
      double[] values = new double[96];
      for (int i = 0; i < values.length; i++) {
        values[i] = rows.get(i).get(field).asDouble();
      }
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
