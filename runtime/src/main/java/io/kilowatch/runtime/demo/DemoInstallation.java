package io.kilowatch.runtime.demo;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.ChargingDecision;
import io.kilowatch.core.energy.ConsumerPricing;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.energy.SellingDecision;
import io.kilowatch.core.energy.Tariff;
import io.kilowatch.pse.FilePriceArchive;
import io.kilowatch.storage.internal.CoordinatorSchema;
import io.kilowatch.storage.internal.CoordinatorWriter;
import io.kilowatch.storage.internal.DecisionEra;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A generated coordinator installation in its current layout: {@code data/goodwe_energy.db} (schema
 * 4) with {@value #DAYS} days of decisions every 15 minutes, selling decisions in the evenings, an
 * energy reading every minute and a state row every 5 minutes; the coordinator's logs; and
 * Kilowatch's price archive with today's and tomorrow's price days. A {@code kilowatch.yaml} at the
 * root points Kilowatch at all of it.
 */
public final class DemoInstallation {

  /** Days of history written. */
  public static final int DAYS = 60;

  private static final Duration READING_STEP = Duration.ofMinutes(1);
  private static final Duration STATE_STEP = Duration.ofMinutes(5);
  private static final Duration DECISION_STEP = Duration.ofMinutes(15);

  private final Path root;
  private final ZoneId zone;
  private final DemoHousehold household;
  private Instant lastReading; // guarded by this

  private DemoInstallation(Path root, ZoneId zone, DemoHousehold household, Instant lastReading) {
    this.root = root;
    this.zone = zone;
    this.household = household;
    this.lastReading = lastReading;
  }

  /**
   * Writes the installation into {@code root} (created if needed; it should be empty), as of {@code
   * now}.
   */
  public static DemoInstallation write(Path root, Instant now, ZoneId zone, long seed)
      throws IOException {
    requireNonNull(root, "'root' must not be null");
    Files.createDirectories(root.resolve("data"));
    Files.createDirectories(root.resolve("out"));
    Path database = root.resolve("data/goodwe_energy.db");
    if (Files.exists(database)) {
      throw new IOException("a coordinator database exists already: " + database);
    }
    DemoHousehold household = new DemoHousehold(zone, seed);
    try {
      CoordinatorSchema.create(database, CoordinatorSchema.LATEST);
      try (CoordinatorWriter writer = CoordinatorWriter.open(database, zone)) {
        writer.connection().setAutoCommit(false);
        writeHistory(writer, household, now, zone, seed);
        writer.connection().commit();
        writer.connection().setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IOException("could not write the demo database " + database + ": " + e, e);
    }
    DemoLogs.write(root.resolve("logs"), now, zone, seed);
    Path kilowatch = Files.createDirectories(root.resolve("kilowatch"));
    FilePriceArchive archive = new FilePriceArchive(kilowatch.resolve("kilowatch-prices"));
    LocalDate today = LocalDate.ofInstant(now, zone);
    archive.keep(DemoPrices.day(today, zone, seed));
    archive.keep(DemoPrices.day(today.plusDays(1), zone, seed));
    Files.writeString(
        root.resolve("kilowatch.yaml"),
        "# Kilowatch's settings for the generated demo installation in this folder.\n"
            + "paths:\n"
            + "  coordinator-root: \""
            + root.toAbsolutePath()
            + "\"\n"
            + "  kilowatch-database: \""
            + kilowatch.resolve("kilowatch.db").toAbsolutePath()
            + "\"\n");
    return new DemoInstallation(root, zone, household, now.truncatedTo(ChronoUnit.MINUTES));
  }

  /** The installation's folder (the coordinator's project root). */
  public Path root() {
    return root;
  }

  /** The {@code kilowatch.yaml} pointing Kilowatch at this installation. */
  public Path config() {
    return root.resolve("kilowatch.yaml");
  }

  /**
   * Keeps the installation live: every {@code every} a state row and an energy reading are added
   * ({@link #recordReading(Instant)} at the system time), as the coordinator would. Runs on its own
   * daemon thread until closed.
   */
  public AutoCloseable startLiveWriter(Duration every) {
    ScheduledExecutorService thread =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread writerThread = new Thread(task, "kilowatch-demo-writer");
              writerThread.setDaemon(true);
              return writerThread;
            });
    ScheduledFuture<?> unused =
        thread.scheduleAtFixedRate(
            () -> recordReading(Instant.now()), 0, every.toMillis(), TimeUnit.MILLISECONDS);
    return thread::shutdownNow;
  }

  /**
   * Adds the house's next state row and energy reading, taken at {@code at}, as the coordinator
   * does when it polls the inverter. Thread-safe.
   *
   * @throws UncheckedIOException when the database cannot be written
   */
  public synchronized void recordReading(Instant at) {
    requireNonNull(at, "'at' must not be null");
    Duration step = Duration.between(lastReading, at);
    household.step(at, step.isNegative() || step.isZero() ? READING_STEP : step, false);
    lastReading = at;
    try (CoordinatorWriter writer = CoordinatorWriter.open(database(), zone)) {
      writer.reading(household.reading(at, zoneAt(at, zone)));
      writer.state(household.state(at));
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("demo writer failed: " + e, e));
    }
  }

  private Path database() {
    return root.resolve("data/goodwe_energy.db");
  }

  private static void writeHistory(
      CoordinatorWriter writer, DemoHousehold household, Instant now, ZoneId zone, long seed)
      throws SQLException {
    Instant end = now.truncatedTo(ChronoUnit.MINUTES);
    Instant start = end.minus(Duration.ofDays(DAYS));
    ConsumerPricing pricing = ConsumerPricing.defaults(Tariff.G12);
    Map<LocalDate, PriceDay> days = new HashMap<>();
    Random random = new Random(seed);
    boolean charging = false;
    for (Instant at = start; !at.isAfter(end); at = at.plus(READING_STEP)) {
      ZonedDateTime local = at.atZone(zone);
      PriceDay day =
          days.computeIfAbsent(local.toLocalDate(), date -> DemoPrices.day(date, zone, seed));
      if (local.getMinute() % DECISION_STEP.toMinutes() == 0) {
        double price = finalPrice(day, at, pricing).orElse(0.6);
        charging = local.getHour() >= 1 && local.getHour() < 5 && household.socPercent() < 85;
        writer.charging(decision(at, charging, price, household, random), DecisionEra.CURRENT);
        if (local.getHour() == 19 && local.getMinute() == 0 && household.socPercent() > 55) {
          writer.selling(sale(at, price, household), false);
        }
      }
      household.step(at, READING_STEP, charging);
      writer.reading(household.reading(at, zoneAt(at, zone)));
      if (local.getMinute() % STATE_STEP.toMinutes() == 0) {
        writer.state(household.state(at));
      }
    }
    // The coordinator has just saved its state: the demo starts with a fresh reading.
    writer.state(household.state(end));
  }

  private static ChargingDecision decision(
      Instant at, boolean charge, double price, DemoHousehold household, Random random) {
    double energy = charge ? 1.25 : 0;
    double cost = charge ? round(energy * price) : 0;
    double savings = charge ? round(Math.max(0, energy * 0.72 - cost)) : 0;
    return new ChargingDecision(
        at,
        charge ? "charge" : "wait",
        "grid",
        charge ? 0.25 : 0.0,
        energy,
        cost,
        savings,
        round(0.6 + random.nextDouble() * 0.35),
        charge
            ? "Cheap night price " + String.format(Locale.ROOT, "%.4f", price) + " PLN/kWh"
            : "Waiting for a cheaper period",
        charge ? "medium" : "low",
        Math.rint(household.socPercent()),
        Math.rint(household.pvW),
        Math.rint(household.houseW),
        round(price),
        null,
        null,
        price < 0.5 ? "T2" : "T1");
  }

  private static SellingDecision sale(Instant at, double price, DemoHousehold household) {
    return new SellingDecision(
        at,
        "battery_selling",
        "start_selling",
        0.82,
        round(5 * 0.95 * price * 0.8),
        5000.0,
        1.0,
        "Evening peak price " + String.format(Locale.ROOT, "%.4f", price) + " PLN/kWh",
        true,
        "low",
        round(price),
        Math.rint(household.socPercent()),
        Math.rint(household.pvW),
        Math.rint(household.houseW),
        5.0,
        "safe",
        true,
        null);
  }

  private static Optional<Double> finalPrice(PriceDay day, Instant at, ConsumerPricing pricing) {
    return day.periodAt(at)
        .map(period -> pricing.price(period, day.zone()).total().value().doubleValue());
  }

  private static String zoneAt(Instant at, ZoneId zone) {
    int hour = at.atZone(zone).getHour();
    return hour >= 7 && hour < 22 && hour != 13 && hour != 14 ? "T1" : "T2";
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
