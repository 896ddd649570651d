package io.kilowatch.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.energy.EnergyReading;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.port.EnergyHistory;
import io.kilowatch.core.testing.EnergyHistoryContract;
import io.kilowatch.core.testing.EnergyReadings;
import io.kilowatch.storage.internal.CoordinatorSchema;
import io.kilowatch.storage.internal.CoordinatorWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiEnergyHistoryTest extends EnergyHistoryContract {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  @TempDir Path directory;

  private Path database() {
    return directory.resolve("goodwe_energy.db");
  }

  @Override
  protected EnergyHistory createHistory(List<EnergyReading> recorded) throws Exception {
    CoordinatorSchema.create(database(), CoordinatorSchema.LATEST);
    record(recorded);
    return history();
  }

  private void record(List<EnergyReading> readings) throws Exception {
    try (CoordinatorWriter writer = CoordinatorWriter.open(database(), WARSAW)) {
      for (EnergyReading reading : readings) {
        writer.reading(reading);
      }
    }
  }

  private JdbiEnergyHistory history() {
    return JdbiEnergyHistory.readOnly(database(), WARSAW, Duration.ofSeconds(5));
  }

  @Test
  void readings_beforeSchemaVersion4_haveNoCountersOrZone() throws Exception {
    CoordinatorSchema.create(database(), 3);
    record(List.of(EnergyReadings.aReading(T).build()));

    EnergyReading reading = history().readings(new TimeRange(T, T.plusSeconds(1))).get(0);

    assertThat(reading.gridImportTotalKwh()).isNull();
    assertThat(reading.tariffZone()).isNull();
    assertThat(reading.pvPowerW()).isEqualTo(2184.0);
    assertThat(reading.gridPowerW()).isEqualTo(412.0);
  }

  @Test
  void readings_afterTheCoordinatorMigratesTo4_haveCountersFromThenOn() throws Exception {
    CoordinatorSchema.create(database(), 3);
    record(List.of(EnergyReadings.aReading(T).build()));
    CoordinatorSchema.upgrade(database(), 3, 4);
    record(List.of(EnergyReadings.aReading(T.plusSeconds(300)).build()));

    assertThat(history().readings(new TimeRange(T, T.plusSeconds(600))))
        .extracting(EnergyReading::gridImportTotalKwh)
        .containsExactly(null, 11876.02);
  }
}
