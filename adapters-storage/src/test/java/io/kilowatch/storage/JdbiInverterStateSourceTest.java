package io.kilowatch.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.port.InverterStateException;
import io.kilowatch.core.port.InverterStateSource;
import io.kilowatch.core.testing.InverterStateSourceContract;
import io.kilowatch.storage.internal.CoordinatorSchema;
import io.kilowatch.storage.internal.CoordinatorWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiInverterStateSourceTest extends InverterStateSourceContract {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  @TempDir Path directory;

  private Path database() {
    return directory.resolve("goodwe_energy.db");
  }

  @Override
  protected InverterStateSource createSource() throws Exception {
    CoordinatorSchema.create(database(), CoordinatorSchema.LATEST);
    return source();
  }

  /** Another source on the database the contract created. */
  private InverterStateSource source() {
    return JdbiInverterStateSource.readOnly(database(), WARSAW, Duration.ofSeconds(5));
  }

  @Override
  protected void record(InverterState reading) throws Exception {
    try (CoordinatorWriter writer = CoordinatorWriter.open(database(), WARSAW)) {
      writer.state(reading);
    }
  }

  @Test
  void current_whenTheNewestStateHasNoReading_failsSayingSo() throws Exception {
    InverterStateSource source = source();
    try (CoordinatorWriter writer = CoordinatorWriter.open(database(), WARSAW)) {
      writer.stateRow("2026-11-23T12:59:40", "initializing", "{\"decision_count\": 1}");
    }

    assertThatThrownBy(source::current)
        .isInstanceOf(InverterStateException.class)
        .hasMessageContaining("carries no inverter reading")
        .hasMessageContaining("2026-11-23T12:59:40");
  }

  @Test
  void current_withUnreadableMetrics_failsInsteadOfGuessing() throws Exception {
    InverterStateSource source = source();
    try (CoordinatorWriter writer = CoordinatorWriter.open(database(), WARSAW)) {
      writer.stateRow("2026-11-23T12:59:40", "monitoring", "{\"current_data\": {trunc");
    }

    assertThatThrownBy(source::current).isInstanceOf(InverterStateException.class);
  }

  @Test
  void current_withoutAnInnerTimestamp_usesTheSaveTime() throws Exception {
    InverterStateSource source = source();
    try (CoordinatorWriter writer = CoordinatorWriter.open(database(), WARSAW)) {
      writer.stateRow(
          "2026-11-23T12:59:40", null, "{\"current_data\": {\"battery\": {\"soc_percent\": 63}}}");
    }

    InverterState state = source.current();

    assertThat(state.readAt()).isEqualTo(java.time.Instant.parse("2026-11-23T11:59:40Z"));
    assertThat(state.mode()).isEqualTo(InverterState.UNKNOWN_MODE);
    assertThat(state.battery().socPercent()).isEqualTo(63.0);
  }

  @Test
  void current_ofAMissingDatabase_fails() {
    InverterStateSource source =
        JdbiInverterStateSource.readOnly(
            directory.resolve("absent.db"), WARSAW, Duration.ofSeconds(5));

    assertThatThrownBy(source::current)
        .isInstanceOf(InverterStateException.class)
        .hasMessageContaining("cannot read the coordinator's state");
  }
}
