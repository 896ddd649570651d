package io.kilowatch.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.kilowatch.core.energy.EnergyReading;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.port.EnergyHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EnergyHistory} must do. An implementation's test extends this class and creates
 * a history holding given readings, recorded the way the coordinator records them (whole watts,
 * microsecond timestamps).
 */
public abstract class EnergyHistoryContract {

  /** 2026-11-23 10:00 UTC. */
  protected static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

  /** A history holding exactly {@code recorded}. */
  protected abstract EnergyHistory createHistory(List<EnergyReading> recorded) throws Exception;

  @Test
  void readings_inAnEmptyHistory_areNone() throws Exception {
    EnergyHistory history = createHistory(List.of());

    assertThat(history.readings(TimeRange.endingAt(T, Duration.ofDays(31)))).isEmpty();
    assertThat(history.readings(TimeRange.endingAt(T, Duration.ofDays(1)), FIVE_MINUTES)).isEmpty();
  }

  @Test
  void readings_includeTheStartOfTheRangeAndExcludeItsEnd() throws Exception {
    EnergyReading before = at(T.minus(FIVE_MINUTES));
    EnergyReading atStart = at(T);
    EnergyReading inside = at(T.plus(FIVE_MINUTES).plusNanos(105_533_000));
    EnergyReading atEnd = at(T.plus(FIVE_MINUTES.multipliedBy(2)));
    EnergyHistory history = createHistory(List.of(before, atStart, inside, atEnd));

    assertThat(history.readings(new TimeRange(T, T.plus(FIVE_MINUTES.multipliedBy(2)))))
        .containsExactly(atStart, inside);
  }

  @Test
  void readings_recordedOutOfOrder_comeOldestFirst() throws Exception {
    EnergyReading first = at(T);
    EnergyReading second = at(T.plus(FIVE_MINUTES));
    EnergyReading third = at(T.plus(FIVE_MINUTES.multipliedBy(2)));
    EnergyHistory history = createHistory(List.of(third, first, second));

    assertThat(
            history.readings(TimeRange.endingAt(T.plus(Duration.ofHours(1)), Duration.ofHours(2))))
        .containsExactly(first, second, third);
  }

  @Test
  void readings_keepTheirFieldsAndSigns() throws Exception {
    EnergyReading charging =
        EnergyReadings.aReading(T)
            .soc(41.5)
            .powers(5120.0, -930.0, 610.0, -4100.0)
            .gridImport(11880.5, "T1")
            .build();
    EnergyHistory history = createHistory(List.of(charging));

    assertThat(history.readings(new TimeRange(T, T.plusSeconds(1)))).containsExactly(charging);
  }

  @Test
  void readings_withUnknownValues_keepThemNull() throws Exception {
    EnergyReading unknown = EnergyReading.unknownAt(T);
    EnergyHistory history = createHistory(List.of(unknown));

    assertThat(history.readings(new TimeRange(T, T.plusSeconds(1)))).containsExactly(unknown);
  }

  @Test
  void readings_downsampled_averageMeasurementsAndKeepTheLatestCounters() throws Exception {
    EnergyHistory history =
        createHistory(
            List.of(
                reading(T, 60.0, 1000.0, 11876.0, "T1"),
                reading(T.plus(FIVE_MINUTES), 62.0, 2000.0, 11876.5, "T1"),
                reading(T.plus(FIVE_MINUTES.multipliedBy(2)), 64.0, 4000.0, 11877.0, "T2"),
                reading(T.plus(FIVE_MINUTES.multipliedBy(3)), 70.0, null, null, null),
                // nothing in the third bucket, [30 min, 45 min)
                reading(T.plus(Duration.ofMinutes(45)), 80.0, 0.0, 11878.0, "T2")));

    List<EnergyReading> points =
        history.readings(new TimeRange(T, T.plus(Duration.ofHours(1))), Duration.ofMinutes(15));

    assertThat(points)
        .extracting(
            EnergyReading::at,
            EnergyReading::batterySocPercent,
            EnergyReading::pvPowerW,
            EnergyReading::gridImportTotalKwh,
            EnergyReading::tariffZone)
        .containsExactly(
            tuple(T, 62.0, 7000.0 / 3, 11877.0, "T2"),
            tuple(T.plus(Duration.ofMinutes(15)), 70.0, null, null, null),
            tuple(T.plus(Duration.ofMinutes(45)), 80.0, 0.0, 11878.0, "T2"));
  }

  @Test
  void readings_withANonPositiveStep_areRejected() throws Exception {
    EnergyHistory history = createHistory(List.of(at(T)));
    TimeRange hour = new TimeRange(T, T.plus(Duration.ofHours(1)));

    assertThatThrownBy(() -> history.readings(hour, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("step");
  }

  private static EnergyReading at(Instant at) {
    return EnergyReadings.aReading(at).build();
  }

  private static EnergyReading reading(
      Instant at,
      double soc,
      @Nullable Double pvW,
      @Nullable Double importTotalKwh,
      @Nullable String zone) {
    return EnergyReadings.aReading(at)
        .soc(soc)
        .powers(pvW, 412.0, 4288.0, 1692.0)
        .gridImport(importTotalKwh, zone)
        .build();
  }
}
