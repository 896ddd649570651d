package io.kilowatch.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kilowatch.core.energy.PlnPerMwh;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.energy.PricePeriod;
import io.kilowatch.pse.FilePriceArchive;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo prices for the page tests: real PSE days (test resources), re-dated to today and tomorrow
 * and kept in a price archive on disk, so the real {@code /prices} serves them in Kilowatch's own
 * tariff logic.
 */
final class DemoPrices {

  /** The cheapest window {@code /prices} marks by default: 2 hours of 15-minute periods. */
  static final int WINDOW_PERIODS = 8;

  private static final double[] TODAY = read("demo/rce-pln_2025-10-05_15min_value.json", "rce_pln");
  private static final double[] TOMORROW =
      read("demo/csdac-pln_2024-06-14_page0.json", "csdac_pln");

  private DemoPrices() {}

  /** Keeps today's and tomorrow's demo days in the archive at {@code directory}. */
  static void archive(Path directory, LocalDate today, ZoneId zone) {
    FilePriceArchive archive = new FilePriceArchive(directory);
    archive.keep(day(today, TODAY, zone));
    archive.keep(day(today.plusDays(1), TOMORROW, zone));
  }

  private static PriceDay day(LocalDate date, double[] mwh, ZoneId zone) {
    Instant start = date.atStartOfDay(zone).toInstant();
    int count =
        (int) Duration.between(start, date.plusDays(1).atStartOfDay(zone).toInstant()).toMinutes()
            / 15;
    List<PricePeriod> periods = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant from = start.plusSeconds(900L * i);
      periods.add(
          new PricePeriod(
              from, from.plusSeconds(900), new PlnPerMwh(BigDecimal.valueOf(mwh[i % mwh.length]))));
    }
    return new PriceDay(date, zone, periods);
  }

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
