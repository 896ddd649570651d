package io.kilowatch.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.port.PriceArchive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PriceArchive} must do. An implementation's test extends this class and supplies
 * a fresh, empty archive.
 */
public abstract class PriceArchiveContract {

  private static final LocalDate DAY = LocalDate.of(2025, 10, 5);

  private PriceArchive archive;

  /** A new, empty archive. */
  protected abstract PriceArchive createArchive() throws Exception;

  @BeforeEach
  void createTheArchive() throws Exception {
    archive = createArchive();
  }

  @Test
  void find_whenNothingWasKept_returnsEmpty() {
    assertThat(archive.find(DAY)).isEmpty();
  }

  @Test
  void find_afterKeep_returnsTheDayUnchanged() {
    PriceDay day = PriceDays.random(DAY, PriceDays.QUARTER, new Random(5));

    archive.keep(day);

    assertThat(archive.find(DAY)).contains(day);
  }

  @Test
  void keep_ofExactNegativeAndZeroPrices_roundTripsEveryDigit() {
    PriceDay day =
        PriceDays.withPrices(
            DAY,
            PriceDays.QUARTER,
            index ->
                switch (index % 4) {
                  case 0 -> new BigDecimal("527.82000");
                  case 1 -> new BigDecimal("-0.81");
                  case 2 -> new BigDecimal("0.00");
                  default -> new BigDecimal("1234.56789");
                });

    archive.keep(day);

    assertThat(archive.find(DAY)).contains(day);
  }

  @Test
  void keep_ofDaylightSavingDays_roundTripsTheirPeriods() {
    PriceDay spring =
        PriceDays.random(PriceDays.SPRING_FORWARD_2025, PriceDays.QUARTER, new Random(1));
    PriceDay autumn = PriceDays.random(PriceDays.FALL_BACK_2025, PriceDays.QUARTER, new Random(2));
    PriceDay hourlyAutumn =
        PriceDays.random(PriceDays.FALL_BACK_2024, PriceDays.HOUR, new Random(3));

    archive.keep(spring);
    archive.keep(autumn);
    archive.keep(hourlyAutumn);

    assertThat(archive.find(PriceDays.SPRING_FORWARD_2025)).contains(spring);
    assertThat(archive.find(PriceDays.FALL_BACK_2025)).contains(autumn);
    assertThat(archive.find(PriceDays.FALL_BACK_2024)).contains(hourlyAutumn);
    assertThat(archive.find(PriceDays.SPRING_FORWARD_2025).orElseThrow().periods()).hasSize(92);
    assertThat(archive.find(PriceDays.FALL_BACK_2025).orElseThrow().periods()).hasSize(100);
    assertThat(archive.find(PriceDays.FALL_BACK_2024).orElseThrow().periods()).hasSize(25);
  }

  @Test
  void keep_twice_keepsOnlyTheLatest() {
    archive.keep(PriceDays.flat(DAY, PriceDays.QUARTER, "100"));
    PriceDay latest = PriceDays.flat(DAY, PriceDays.QUARTER, "200");

    archive.keep(latest);

    assertThat(archive.find(DAY)).contains(latest);
  }

  @Test
  void keep_ofOneDay_leavesOtherDaysAlone() {
    PriceDay today = PriceDays.flat(DAY, PriceDays.QUARTER, "100");
    PriceDay tomorrow = PriceDays.flat(DAY.plusDays(1), PriceDays.QUARTER, "200");

    archive.keep(today);
    archive.keep(tomorrow);

    assertThat(archive.find(DAY)).contains(today);
    assertThat(archive.find(DAY.plusDays(1))).contains(tomorrow);
    assertThat(archive.find(DAY.minusDays(1))).isEmpty();
  }

  @Test
  void keep_fromManyThreadsAtOnce_leavesOneWholeDay() throws Exception {
    List<PriceDay> versions = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      versions.add(PriceDays.flat(DAY, PriceDays.QUARTER, String.valueOf(100 + i)));
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> keeps = new ArrayList<>();
      for (PriceDay version : versions) {
        keeps.add(threads.submit(() -> archive.keep(version)));
      }
      for (Future<?> keep : keeps) {
        keep.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(versions).contains(archive.find(DAY).orElseThrow());
  }
}
