package io.kilowatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.reflect.TypeToken;
import io.kilowatch.config.ConfigSources;
import io.kilowatch.config.Settings;
import io.kilowatch.config.SettingsLoader;
import io.kilowatch.core.dashboard.RecentWindow;
import io.kilowatch.core.dashboard.SnapshotCodec;
import io.kilowatch.core.energy.ChargingDecision;
import io.kilowatch.core.energy.CurrentState;
import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.EnergyReading;
import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.energy.MonthlySummary;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.energy.SellingDecision;
import io.kilowatch.core.testing.InverterStates;
import io.kilowatch.core.testing.PriceDays;
import io.kilowatch.runtime.demo.DemoInstallation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value type a view persists survives its JSON codec unchanged: real values, as the views
 * hold them after loading the demo installation, plus the edge cases the demo does not make.
 */
class JacksonSnapshotCodecsTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  private static final TypeToken<List<Decision>> DECISIONS = new TypeToken<List<Decision>>() {};
  private static final TypeToken<List<EnergyReading>> READINGS =
      new TypeToken<List<EnergyReading>>() {};

  @TempDir static Path dir;
  private static KilowatchRuntime runtime;

  private final JacksonSnapshotCodecs codecs = new JacksonSnapshotCodecs();

  @BeforeAll
  static void loadTheDemo() throws Exception {
    DemoInstallation demo = DemoInstallation.write(dir, Instant.now(), WARSAW, 42);
    Settings settings =
        new SettingsLoader(Map.of())
            .load(ConfigSources.none().withKilowatchFile(demo.config()))
            .settings();
    runtime = KilowatchRuntime.create(settings, Clock.systemUTC(), true);
    runtime.dashboard().refreshAll();
  }

  @AfterAll
  static void closeTheRuntime() {
    runtime.close();
  }

  @Test
  void priceDays_ofTheDemoAndOfDaylightSavingDays_roundTrip() {
    assertRoundTrips(TypeToken.of(PriceDay.class), runtime.prices().today().value().orElseThrow());
    assertRoundTrips(
        TypeToken.of(PriceDay.class), runtime.prices().tomorrow().value().orElseThrow());
    assertRoundTrips(
        TypeToken.of(PriceDay.class),
        PriceDays.random(PriceDays.FALL_BACK_2025, PriceDays.QUARTER, new Random(3)));
    assertRoundTrips(
        TypeToken.of(PriceDay.class),
        PriceDays.random(PriceDays.SPRING_FORWARD_2025, PriceDays.HOUR, new Random(4)));
  }

  @Test
  void currentStates_withAndWithoutPriceAndReadings_roundTrip() {
    CurrentState demo = runtime.coordinator().currentState().value().orElseThrow();
    assertThat(demo.price()).isPresent();

    assertRoundTrips(TypeToken.of(CurrentState.class), demo);
    assertRoundTrips(
        TypeToken.of(CurrentState.class),
        CurrentState.withoutPrice(InverterStates.aReading().allUnknown().build()));
  }

  @Test
  void monthlySummaries_ofTheCurrentAndAFullPastMonth_roundTrip() {
    MonthlySummary current = runtime.summaries().currentMonth().value().orElseThrow();
    MonthlySummary past =
        runtime
            .summaries()
            .month(runtime.summaries().thisMonth().minusMonths(1))
            .value()
            .orElseThrow();
    assertThat(current.totals().prices()).isPresent();

    assertRoundTrips(TypeToken.of(MonthlySummary.class), current);
    assertRoundTrips(TypeToken.of(MonthlySummary.class), past);
    assertRoundTrips(
        TypeToken.of(MonthlySummary.class), MonthlySummary.empty(current.month().plusMonths(1)));
  }

  @Test
  void recentDecisions_ofBothKinds_roundTripAsTheirOwnRecords() {
    List<Decision> week = runtime.decisionViews().last(RecentWindow.WEEK).value().orElseThrow();
    assertThat(week).hasAtLeastOneElementOfType(ChargingDecision.class);
    assertThat(week).hasAtLeastOneElementOfType(SellingDecision.class);

    assertRoundTrips(DECISIONS, week);
    assertRoundTrips(
        DECISIONS, runtime.decisionViews().last(RecentWindow.DAY).value().orElseThrow());
    assertRoundTrips(
        DECISIONS,
        List.of(
            ChargingDecision.of(Instant.parse("2026-11-23T10:15:30.123456789Z"), "wait"),
            SellingDecision.of(Instant.parse("2026-11-23T18:00:00Z"), null)));
  }

  @Test
  void recentReadings_roundTrip() {
    List<EnergyReading> week = runtime.history().last(RecentWindow.WEEK).value().orElseThrow();
    assertThat(week).isNotEmpty();

    assertRoundTrips(READINGS, week);
    assertRoundTrips(READINGS, runtime.history().last(RecentWindow.DAY).value().orElseThrow());
    assertRoundTrips(READINGS, List.of(EnergyReading.unknownAt(Instant.EPOCH)));
  }

  @Test
  void encode_wrapsTheValueWithTheFormatAndType() {
    String json =
        text(codec(TypeToken.of(InverterState.Battery.class)).encode(InverterStates.BATTERY));

    assertThat(json)
        .startsWith(
            "{\"format\":1,\"type\":\"io.kilowatch.core.energy.InverterState$Battery\",\"value\":{");
  }

  @Test
  void decode_ofAnotherFormat_refusesNamingBoth() {
    SnapshotCodec<PriceDay> codec = codec(TypeToken.of(PriceDay.class));
    String json =
        text(codec.encode(runtime.prices().today().value().orElseThrow()))
            .replace("\"format\":1", "\"format\":0");

    assertThatThrownBy(() -> codec.decode(bytes(json)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format 0")
        .hasMessageContaining("reads format 1");
  }

  @Test
  void decode_ofAnotherType_refuses() {
    byte[] readings = codec(READINGS).encode(List.of(EnergyReading.unknownAt(Instant.EPOCH)));

    assertThatThrownBy(() -> codec(DECISIONS).decode(readings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EnergyReading")
        .hasMessageContaining("Decision");
  }

  @Test
  void decode_ofAChangedLayout_refusesInsteadOfGuessing() {
    SnapshotCodec<CurrentState> codec = codec(TypeToken.of(CurrentState.class));
    String json = text(codec.encode(runtime.coordinator().currentState().value().orElseThrow()));
    String renamed = json.replace("\"pricePlnPerKwh\"", "\"priceKwh\"");
    String missing = json.replaceFirst("\"mode\":\"[^\"]*\",", "");

    assertThatThrownBy(() -> codec.decode(bytes(renamed)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fit this version");
    assertThatThrownBy(() -> codec.decode(bytes(missing)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fit this version");
  }

  @Test
  void decode_ofGarbage_refuses() {
    assertThatThrownBy(() -> codec(DECISIONS).decode(bytes("{\"format\":1,")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a JSON snapshot");
    assertThatThrownBy(() -> codec(DECISIONS).decode(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private <T> void assertRoundTrips(TypeToken<T> type, T value) {
    SnapshotCodec<T> codec = codec(type);

    T decoded = codec.decode(codec.encode(value));

    assertThat(decoded).isEqualTo(value);
    assertThat(codec.encode(decoded)).isEqualTo(codec.encode(value));
  }

  private <T> SnapshotCodec<T> codec(TypeToken<T> type) {
    return codecs.codecFor(type).orElseThrow();
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
