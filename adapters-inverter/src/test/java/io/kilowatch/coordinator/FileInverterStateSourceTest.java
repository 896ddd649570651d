package io.kilowatch.coordinator;

import static io.kilowatch.coordinator.CoordinatorFiles.WARSAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.coordinator.CoordinatorFiles.Units;
import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.energy.InverterState.Battery;
import io.kilowatch.core.energy.InverterState.Grid;
import io.kilowatch.core.energy.InverterState.House;
import io.kilowatch.core.energy.InverterState.Photovoltaics;
import io.kilowatch.core.port.InverterStateException;
import io.kilowatch.core.port.InverterStateSource;
import io.kilowatch.core.testing.InverterStateSourceContract;
import io.kilowatch.core.testing.InverterStates;
import io.kilowatch.core.testing.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileInverterStateSourceTest extends InverterStateSourceContract {

  @TempDir Path out;

  private final MutableClock clock = MutableClock.create();
  private int saves;

  @Override
  protected InverterStateSource createSource() {
    return source();
  }

  /** Saves like the coordinator's fallback: a new pretty file per save, written just now. */
  @Override
  protected void record(InverterState reading) {
    saves++;
    Instant savedAt = clock.instant().minusSeconds(10).plusMillis(saves);
    writeState(
        "coordinator_state_" + CoordinatorFiles.stamp(savedAt) + "_" + saves + ".json",
        CoordinatorFiles.pretty(CoordinatorFiles.stateRecord(reading, Units.WATTS)),
        savedAt);
  }

  @Test
  void current_ofTheReferenceSample_readsEveryValueInOurUnitsAndSigns() throws Exception {
    writeState("coordinator_state_20251118_140731.json", resource(), clock.instant());

    InverterState state = source().current();

    assertThat(state)
        .isEqualTo(
            new InverterState(
                Instant.parse("2025-11-18T13:07:29.105533Z"),
                "monitoring",
                new Battery(63.0, 1692.0, 412.6, 4.1, 22.4),
                new Photovoltaics(2184.0, 6.8),
                new Grid(412.0, 236.1, 2.4, 1.1, 0.9, 9.7, 0.3, 11876.02, 8123.45),
                new House(4288.0, 14.9, 23051.7)));
    // Positive feeds the house: house = PV + battery + grid.
    assertThat(state.photovoltaics().powerW() + state.battery().powerW() + state.grid().powerW())
        .isEqualTo(state.house().consumptionW());
  }

  @Test
  void current_inKilowatts_equalsTheSameReadingInWatts() throws Exception {
    InverterState reading = InverterStates.aReading().readAt(READ_AT).build();
    writeState(
        "coordinator_state_watts.json",
        CoordinatorFiles.pretty(CoordinatorFiles.stateRecord(reading, Units.WATTS)),
        clock.instant());
    InverterState inWatts = source().current();

    writeState(
        "coordinator_state_kilowatts.json",
        CoordinatorFiles.pretty(CoordinatorFiles.stateRecord(reading, Units.KILOWATTS)),
        clock.instant().plusMillis(1));
    InverterState inKilowatts = source().current();

    assertThat(read("coordinator_state_kilowatts.json"))
        .contains("\"power_kw\"")
        .doesNotContain("\"power_w\"");
    assertThat(inKilowatts).isEqualTo(inWatts).isEqualTo(reading);
  }

  @Test
  void current_ofJsonLines_returnsTheLastRecord() {
    writeState(
        "coordinator_state_20251118.json",
        lines(reading(1), reading(2), reading(3)) + "\n",
        clock.instant());

    assertThat(source().current()).isEqualTo(reading(3));
  }

  @Test
  void current_ofJsonLinesWithATornLastLine_returnsTheRecordBefore() {
    String torn = CoordinatorFiles.line(CoordinatorFiles.stateRecord(reading(3), Units.WATTS));
    writeState(
        "coordinator_state_20251118.json",
        lines(reading(1), reading(2)) + "\n" + torn.substring(0, torn.length() / 2),
        clock.instant());

    assertThat(source().current()).isEqualTo(reading(2));
  }

  @Test
  void current_whenTheNewestFileIsEmpty_returnsThePreviousFile() {
    writePretty(
        "coordinator_state_20251118_140631.json", reading(1), clock.instant().minusSeconds(60));
    writeState("coordinator_state_20251118_140731.json", "", clock.instant());

    assertThat(source().current()).isEqualTo(reading(1));
  }

  @Test
  void current_whenTheNewestPrettyFileIsHalfWritten_returnsThePreviousFile() {
    writePretty(
        "coordinator_state_20251118_140631.json", reading(1), clock.instant().minusSeconds(60));
    String pretty = CoordinatorFiles.pretty(CoordinatorFiles.stateRecord(reading(2), Units.WATTS));
    writeState(
        "coordinator_state_20251118_140731.json",
        pretty.substring(0, pretty.length() - 40),
        clock.instant());

    assertThat(source().current()).isEqualTo(reading(1));
  }

  @Test
  void current_choosesTheNewestFileByModificationTimeNotByName() {
    writePretty(
        "coordinator_state_20251118_235959.json", reading(1), clock.instant().minusSeconds(30));
    writePretty("coordinator_state_20251118_000000.json", reading(2), clock.instant());

    assertThat(source().current()).isEqualTo(reading(2));
  }

  @Test
  void current_ofAFileOlderThanTheMaximumAge_failsNamingItsAge() {
    writePretty(
        "coordinator_state_20251118_140731.json", reading(1), clock.instant().minusSeconds(305));

    assertThatThrownBy(() -> source().current())
        .isInstanceOf(InverterStateException.class)
        .hasMessageContaining("coordinator_state_20251118_140731.json")
        .hasMessageContaining("305 s old")
        .hasMessageContaining("maximum 120 s");
  }

  @Test
  void current_withAConfiguredMaximumAge_acceptsOlderFiles() {
    writePretty(
        "coordinator_state_20251118_140731.json", reading(1), clock.instant().minusSeconds(305));

    InverterStateSource patient =
        new FileInverterStateSource(out, WARSAW, Duration.ofMinutes(10), clock);

    assertThat(patient.current()).isEqualTo(reading(1));
  }

  @Test
  void current_withNoStateFiles_failsSayingSo() throws Exception {
    Files.writeString(out.resolve("daily_plan_20251118.json"), "{}");

    assertThatThrownBy(() -> source().current())
        .isInstanceOf(InverterStateException.class)
        .hasMessageContaining("no coordinator_state_*.json files");
  }

  @Test
  void current_ofAMissingDirectory_failsNamingIt() {
    InverterStateSource missing =
        new FileInverterStateSource(out.resolve("nowhere"), WARSAW, Duration.ofMinutes(2), clock);

    assertThatThrownBy(missing::current)
        .isInstanceOf(InverterStateException.class)
        .hasMessageContaining("nowhere")
        .hasMessageContaining("does not exist");
  }

  @Test
  void current_amongFiveThousandFiles_readsOnlyTheNewest() {
    Instant start = clock.instant().minus(Duration.ofDays(4));
    for (int i = 0; i < 5_000; i++) {
      // Older files are garbage: reading any of them would not give the expected reading anyway.
      writeState(
          String.format("coordinator_state_old_%05d.json", i),
          "{\"torn\": ",
          start.plusSeconds(i * 60L));
    }
    writePretty("coordinator_state_20251118_140731.json", reading(7), clock.instant());
    FileInverterStateSource source = source();

    InverterState state = source.current();

    assertThat(state).isEqualTo(reading(7));
    assertThat(source.filesRead()).isEqualTo(1);
  }

  @Test
  void current_withUnknownAndNonNumericValues_readsThemAsUnknown() {
    writeState(
        "coordinator_state_20251118_140731.json",
        """
        {"timestamp": "2025-11-18T14:07:31.482915", "state": "error",
         "current_data": {"timestamp": "2025-11-18 14:07:29",
           "battery": {"soc_percent": "Unknown", "power_w": NaN, "voltage": null},
           "grid": {"power_w": "Unknown"}}}
        """,
        clock.instant());

    InverterState state = source().current();

    assertThat(state.readAt()).isEqualTo(Instant.parse("2025-11-18T13:07:29Z"));
    assertThat(state.mode()).isEqualTo("error");
    assertThat(state.battery()).isEqualTo(Battery.UNKNOWN);
    assertThat(state.grid()).isEqualTo(Grid.UNKNOWN);
    assertThat(state.photovoltaics()).isEqualTo(Photovoltaics.UNKNOWN);
  }

  private FileInverterStateSource source() {
    return new FileInverterStateSource(
        out, WARSAW, FileInverterStateSource.DEFAULT_MAXIMUM_AGE, clock);
  }

  private static InverterState reading(int n) {
    return InverterStates.aReading()
        .readAt(READ_AT.minusSeconds(60L * (10 - n)))
        .battery(new Battery(50.0 + n, 100.0 * n, 400.0, 1.0, 20.0))
        .build();
  }

  private static String lines(InverterState... readings) {
    StringBuilder text = new StringBuilder();
    for (InverterState reading : readings) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(CoordinatorFiles.line(CoordinatorFiles.stateRecord(reading, Units.WATTS)));
    }
    return text.toString();
  }

  private void writePretty(String name, InverterState reading, Instant modifiedAt) {
    writeState(
        name,
        CoordinatorFiles.pretty(CoordinatorFiles.stateRecord(reading, Units.WATTS)),
        modifiedAt);
  }

  private void writeState(String name, String text, Instant modifiedAt) {
    CoordinatorFiles.write(out.resolve(name), text, modifiedAt);
  }

  private String read(String name) throws IOException {
    return Files.readString(out.resolve(name));
  }

  private static String resource() throws IOException {
    try (InputStream in =
        FileInverterStateSourceTest.class.getResourceAsStream(
            "/coordinator/coordinator_state_20251118_140731.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
