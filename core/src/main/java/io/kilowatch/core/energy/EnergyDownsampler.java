package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Downsamples an energy time series into buckets of equal length, aligned on an origin (usually the
 * start of the requested range): bucket {@code k} holds the readings in {@code [origin + k × step,
 * origin + (k + 1) × step)}.
 *
 * <p>Each bucket becomes one {@link EnergyReading} timed at the bucket's start, holding:
 *
 * <ul>
 *   <li>the <b>mean</b> of the known values for instantaneous measurements (state of charge, power,
 *       voltage, current, temperature), so a bucket with one unknown reading is not dragged to 0;
 *   <li>the <b>latest known</b> value for counters and the tariff zone (lifetime counters, energy
 *       produced today), so differences between buckets are still energies.
 * </ul>
 *
 * Buckets without readings are left out (a gap stays a gap). Readings may be added in any order.
 * Not thread-safe: one instance per query.
 */
public final class EnergyDownsampler {

  private final Instant origin;
  private final long stepNanos;
  private final Map<Long, Bucket> buckets = new TreeMap<>();

  /**
   * @param origin the start of bucket 0
   * @param step the length of a bucket; positive
   */
  public EnergyDownsampler(Instant origin, Duration step) {
    this.origin = requireNonNull(origin, "'origin' must not be null");
    requireNonNull(step, "'step' must not be null");
    if (step.isNegative() || step.isZero()) {
      throw new IllegalArgumentException("'step' must be positive, but was " + step);
    }
    this.stepNanos = step.toNanos();
  }

  /** Downsamples {@code readings} in one go; see the class comment. */
  public static List<EnergyReading> downsample(
      List<EnergyReading> readings, Instant origin, Duration step) {
    requireNonNull(readings, "'readings' must not be null");
    EnergyDownsampler downsampler = new EnergyDownsampler(origin, step);
    readings.forEach(downsampler::add);
    return downsampler.result();
  }

  /** Adds a reading to its bucket. */
  public void add(EnergyReading reading) {
    requireNonNull(reading, "'reading' must not be null");
    long index = Math.floorDiv(Duration.between(origin, reading.at()).toNanos(), stepNanos);
    buckets.computeIfAbsent(index, k -> new Bucket()).add(reading);
  }

  /** One point per non-empty bucket, oldest first. */
  public List<EnergyReading> result() {
    List<EnergyReading> points = new ArrayList<>(buckets.size());
    buckets.forEach(
        (index, bucket) -> points.add(bucket.toReading(origin.plusNanos(index * stepNanos))));
    return points;
  }

  /** The readings of one bucket, folded as they come. */
  private static final class Bucket {
    private final Mean soc = new Mean();
    private final Mean pv = new Mean();
    private final Mean grid = new Mean();
    private final Mean house = new Mean();
    private final Mean battery = new Mean();
    private final Mean gridVoltage = new Mean();
    private final Mean batteryVoltage = new Mean();
    private final Mean batteryCurrent = new Mean();
    private final Mean batteryTemperature = new Mean();
    private final Latest<Double> gridImport = new Latest<>();
    private final Latest<Double> gridExport = new Latest<>();
    private final Latest<Double> houseTotal = new Latest<>();
    private final Latest<Double> pvToday = new Latest<>();
    private final Latest<String> tariffZone = new Latest<>();

    void add(EnergyReading r) {
      soc.add(r.batterySocPercent());
      pv.add(r.pvPowerW());
      grid.add(r.gridPowerW());
      house.add(r.houseConsumptionW());
      battery.add(r.batteryPowerW());
      gridVoltage.add(r.gridVoltageV());
      batteryVoltage.add(r.batteryVoltageV());
      batteryCurrent.add(r.batteryCurrentA());
      batteryTemperature.add(r.batteryTemperatureC());
      gridImport.add(r.at(), r.gridImportTotalKwh());
      gridExport.add(r.at(), r.gridExportTotalKwh());
      houseTotal.add(r.at(), r.houseConsumptionTotalKwh());
      pvToday.add(r.at(), r.pvProducedTodayKwh());
      tariffZone.add(r.at(), r.tariffZone());
    }

    EnergyReading toReading(Instant start) {
      return new EnergyReading(
          start,
          soc.value(),
          pv.value(),
          grid.value(),
          house.value(),
          battery.value(),
          gridVoltage.value(),
          batteryVoltage.value(),
          batteryCurrent.value(),
          batteryTemperature.value(),
          gridImport.value(),
          gridExport.value(),
          houseTotal.value(),
          pvToday.value(),
          tariffZone.value());
    }
  }

  /** The mean of the known values, or null if none. */
  private static final class Mean {
    private double sum;
    private int count;

    void add(@Nullable Double value) {
      if (value != null) {
        sum += value;
        count++;
      }
    }

    @Nullable Double value() {
      return count == 0 ? null : sum / count;
    }
  }

  /** The known value of the latest reading that had one. */
  private static final class Latest<V> {
    private @Nullable Instant at;
    private @Nullable V value;

    void add(Instant readingAt, @Nullable V candidate) {
      if (candidate != null && (at == null || !readingAt.isBefore(at))) {
        at = readingAt;
        value = candidate;
      }
    }

    @Nullable V value() {
      return value;
    }
  }
}
