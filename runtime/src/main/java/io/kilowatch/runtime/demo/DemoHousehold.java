package io.kilowatch.runtime.demo;

import io.kilowatch.core.energy.EnergyReading;
import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.energy.InverterState.Battery;
import io.kilowatch.core.energy.InverterState.Grid;
import io.kilowatch.core.energy.InverterState.House;
import io.kilowatch.core.energy.InverterState.Photovoltaics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;

/**
 * A simulated house with PV and a 20 kWh battery, stepped minute by minute: PV follows the sun
 * (scaled by each day's cloudiness), the house has morning and evening peaks, the battery charges
 * from PV surplus and from the grid at night, and feeds the evening. Counters accumulate as a
 * meter's do. Deterministic for a seed.
 */
final class DemoHousehold {

  static final double CAPACITY_KWH = 20;
  private static final double MAX_BATTERY_W = 5000;

  private final ZoneId zone;
  private final long seed;
  private final Random noise;
  private double socPercent = 55;
  private double importTotalKwh = 18_250;
  private double exportTotalKwh = 6_410;
  private double houseTotalKwh = 23_050;
  private double pvTodayKwh;
  private double importTodayKwh;
  private double exportTodayKwh;
  private double houseTodayKwh;
  private LocalDate today = LocalDate.MIN;

  /** The last step's figures. */
  double pvW;

  double houseW;
  double batteryW;
  double gridW;

  DemoHousehold(ZoneId zone, long seed) {
    this.zone = zone;
    this.seed = seed;
    this.noise = new Random(seed);
  }

  double socPercent() {
    return socPercent;
  }

  /** Advances by {@code step} ending at {@code at}; {@code gridCharging} charges at full power. */
  void step(Instant at, Duration step, boolean gridCharging) {
    ZonedDateTime local = at.atZone(zone);
    if (!local.toLocalDate().equals(today)) {
      today = local.toLocalDate();
      pvTodayKwh = 0;
      importTodayKwh = 0;
      exportTodayKwh = 0;
      houseTodayKwh = 0;
    }
    double hour = local.getHour() + local.getMinute() / 60.0;
    double cloudiness = new Random(seed ^ today.toEpochDay()).nextDouble();
    pvW =
        Math.max(
            0, 5200 * (1 - 0.8 * cloudiness) * bump(hour, 12, 2.4) + noise.nextGaussian() * 40);
    if (pvW < 30) {
      pvW = 0;
    }
    houseW =
        Math.max(
            150,
            320
                + 900 * bump(hour, 7.5, 1)
                + 1500 * bump(hour, 19, 1.6)
                + noise.nextGaussian() * 90);
    double surplus = pvW - houseW;
    if (gridCharging && socPercent < 90) {
      batteryW = -MAX_BATTERY_W;
    } else if (surplus > 0 && socPercent < 100) {
      batteryW = -Math.min(surplus, MAX_BATTERY_W);
    } else if (surplus < 0 && socPercent > 15 && (hour >= 16 || hour < 6)) {
      batteryW = Math.min(-surplus, MAX_BATTERY_W);
    } else {
      batteryW = 0;
    }
    double hours = step.toMillis() / 3_600_000.0;
    socPercent = clamp(socPercent - batteryW * hours / 1000 / CAPACITY_KWH * 100, 5, 100);
    gridW = houseW - pvW - batteryW;
    double gridKwh = gridW * hours / 1000;
    if (gridKwh > 0) {
      importTotalKwh += gridKwh;
      importTodayKwh += gridKwh;
    } else {
      exportTotalKwh -= gridKwh;
      exportTodayKwh -= gridKwh;
    }
    houseTotalKwh += houseW * hours / 1000;
    houseTodayKwh += houseW * hours / 1000;
    pvTodayKwh += pvW * hours / 1000;
  }

  EnergyReading reading(Instant at, String tariffZone) {
    return new EnergyReading(
        at,
        round(socPercent, 1),
        round(pvW, 0),
        round(gridW, 0),
        round(houseW, 0),
        round(batteryW, 0),
        round(230 + noise.nextGaussian(), 1),
        round(400 + socPercent * 0.5, 1),
        round(batteryW / 420, 2),
        round(21 + noise.nextGaussian() * 0.3, 1),
        round(importTotalKwh, 3),
        round(exportTotalKwh, 3),
        round(houseTotalKwh, 3),
        round(pvTodayKwh, 3),
        tariffZone);
  }

  InverterState state(Instant at) {
    return new InverterState(
        at,
        "monitoring",
        new Battery(
            round(socPercent, 0),
            round(batteryW, 0),
            round(400 + socPercent * 0.5, 1),
            round(batteryW / 420, 2),
            round(21 + noise.nextGaussian() * 0.3, 1)),
        new Photovoltaics(round(pvW, 0), round(pvTodayKwh, 2)),
        new Grid(
            round(gridW, 0),
            round(230 + noise.nextGaussian(), 1),
            round(Math.abs(gridW) / 690, 1),
            round(Math.abs(gridW) / 700, 1),
            round(Math.abs(gridW) / 710, 1),
            round(importTodayKwh, 2),
            round(exportTodayKwh, 2),
            round(importTotalKwh, 2),
            round(exportTotalKwh, 2)),
        new House(round(houseW, 0), round(houseTodayKwh, 2), round(houseTotalKwh, 2)));
  }

  private static double bump(double x, double centre, double width) {
    double z = (x - centre) / width;
    return Math.exp(-z * z);
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
