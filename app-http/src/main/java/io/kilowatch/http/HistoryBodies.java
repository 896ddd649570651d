package io.kilowatch.http;

import io.kilowatch.core.energy.EnergyReading;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code /historical-data} in the reference's field names (dashboard API section 15),
 * from real, downsampled readings: {@code timestamps} (ISO-8601 with offset), {@code soc_data} (%,
 * 1 decimal), {@code pv_power_data} (kW, 2 decimals), a {@code null} where a point lacks the value.
 * The reference synthesised these series; Kilowatch never does: no readings, empty arrays. {@code
 * last_update} (when the readings were loaded) is a time field of the controller.
 */
final class HistoryBodies {

  private HistoryBodies() {}

  /** The body for {@code readings} (oldest first) of the window {@code range}. */
  static Map<String, @Nullable Object> of(
      List<EnergyReading> readings, String range, Function<Instant, String> time) {
    List<String> timestamps = new ArrayList<>(readings.size());
    List<@Nullable Double> soc = new ArrayList<>(readings.size());
    List<@Nullable Double> pv = new ArrayList<>(readings.size());
    Double socMin = null;
    Double socMax = null;
    Double pvPeak = null;
    for (EnergyReading reading : readings) {
      timestamps.add(time.apply(reading.at()));
      Double percent = reading.batterySocPercent();
      soc.add(percent == null ? null : round(percent, 1));
      Double kilowatts = reading.pvPowerW() == null ? null : round(reading.pvPowerW() / 1000, 2);
      pv.add(kilowatts);
      if (percent != null) {
        socMin = socMin == null ? percent : Math.min(socMin, percent);
        socMax = socMax == null ? percent : Math.max(socMax, percent);
      }
      if (kilowatts != null) {
        pvPeak = pvPeak == null ? kilowatts : Math.max(pvPeak, kilowatts);
      }
    }
    EnergyReading last = readings.isEmpty() ? null : readings.get(readings.size() - 1);
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("timestamps", timestamps);
    body.put("soc_data", soc);
    body.put("pv_power_data", pv);
    body.put("data_points", readings.size());
    body.put("data_source", readings.isEmpty() ? "none" : "real");
    body.put("range", range);
    body.put("current_soc", last == null ? null : last.batterySocPercent());
    body.put("current_pv_power", last == null ? null : last.pvPowerW());
    body.put(
        "soc_range",
        socMin == null ? null : String.format(Locale.ROOT, "%.1f%% - %.1f%%", socMin, socMax));
    body.put("pv_peak", pvPeak == null ? null : String.format(Locale.ROOT, "%.2f kW", pvPeak));
    return body;
  }

  /** The body while the history was never loaded: empty series, nothing invented. */
  static Map<String, @Nullable Object> missing(String range) {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("timestamps", List.of());
    body.put("soc_data", List.of());
    body.put("pv_power_data", List.of());
    body.put("data_points", 0);
    body.put("data_source", "none");
    body.put("range", range);
    body.put("current_soc", null);
    body.put("current_pv_power", null);
    body.put("soc_range", null);
    body.put("pv_peak", null);
    return body;
  }

  private static double round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
  }
}
