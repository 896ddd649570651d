package io.kilowatch.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.energy.ChargingDecision;
import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.DecisionKind;
import io.kilowatch.core.energy.SellingDecision;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.port.DecisionHistory;
import io.kilowatch.core.port.DecisionHistoryException;
import io.kilowatch.core.testing.DecisionHistoryContract;
import io.kilowatch.core.testing.Decisions;
import io.kilowatch.storage.internal.CoordinatorSchema;
import io.kilowatch.storage.internal.CoordinatorWriter;
import io.kilowatch.storage.internal.DecisionEra;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiDecisionHistoryTest extends DecisionHistoryContract {

  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  @TempDir Path directory;

  private Path database() {
    return directory.resolve("goodwe_energy.db");
  }

  @Override
  protected DecisionHistory createHistory(List<Decision> recorded) throws Exception {
    CoordinatorSchema.create(database(), CoordinatorSchema.LATEST);
    try (CoordinatorWriter writer = CoordinatorWriter.open(database(), WARSAW)) {
      for (Decision decision : recorded) {
        if (decision instanceof ChargingDecision charging) {
          writer.charging(charging, DecisionEra.CURRENT);
        } else {
          writer.selling((SellingDecision) decision, false);
        }
      }
    }
    return history();
  }

  /** The database keeps only the whitelisted parameters. */
  @Override
  protected Decision asStored(Decision recorded) {
    if (recorded instanceof ChargingDecision d) {
      return new ChargingDecision(
          d.at(),
          d.action(),
          null,
          null,
          d.energyKwh(),
          d.estimatedCostPln(),
          d.estimatedSavingsPln(),
          d.confidence(),
          d.reason(),
          null,
          d.batterySocPercent(),
          d.pvPowerW(),
          null,
          d.currentPricePlnPerKwh(),
          d.cheapestPricePlnPerKwh(),
          d.cheapestHour(),
          d.tariffZone());
    }
    SellingDecision s = (SellingDecision) recorded;
    return new SellingDecision(
        s.at(),
        s.action(),
        null,
        s.confidence(),
        s.expectedRevenuePln(),
        null,
        null,
        null,
        null,
        null,
        s.currentPricePlnPerKwh(),
        s.batterySocPercent(),
        s.pvPowerW(),
        null,
        null,
        null,
        null,
        null);
  }

  private JdbiDecisionHistory history() {
    return JdbiDecisionHistory.readOnly(database(), WARSAW, Duration.ofSeconds(5));
  }

  @Test
  void decisions_ofEveryEra_readPowerAsWattsAndMissingFiguresAsNull() throws Exception {
    CoordinatorSchema.create(database(), 2);
    ChargingDecision decision = Decisions.aWait(T); // PV 2184 W
    try (CoordinatorWriter writer = CoordinatorWriter.open(database(), WARSAW)) {
      writer.charging(decision, DecisionEra.UNTYPED);
      writer.charging(at(decision, T.plusSeconds(1)), DecisionEra.NO_FIGURES);
      writer.charging(at(decision, T.plusSeconds(2)), DecisionEra.WATTS);
      writer.charging(at(decision, T.plusSeconds(3)), DecisionEra.CURRENT);
    }

    List<Decision> found = history().decisions(new TimeRange(T, T.plusSeconds(4)));

    assertThat(found).extracting(Decision::kind).containsOnly(DecisionKind.CHARGING).hasSize(4);
    assertThat(found)
        .map(ChargingDecision.class::cast)
        .extracting(ChargingDecision::pvPowerW)
        .containsOnly(2184.0);
    assertThat(found)
        .map(ChargingDecision.class::cast)
        .extracting(ChargingDecision::energyKwh, ChargingDecision::tariffZone)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, null),
            org.assertj.core.groups.Tuple.tuple(null, null),
            org.assertj.core.groups.Tuple.tuple(0.0, null),
            org.assertj.core.groups.Tuple.tuple(0.0, "T1"));
  }

  @Test
  void decisions_importedSellingRows_areSellingDecisions() throws Exception {
    CoordinatorSchema.create(database(), 4);
    try (CoordinatorWriter writer = CoordinatorWriter.open(database(), WARSAW)) {
      writer.selling(Decisions.aSale(T), true);
      writer.selling(Decisions.aSale(T.plusSeconds(1)), false);
    }

    assertThat(
            history()
                .decisions(new TimeRange(T, T.plusSeconds(2)), EnumSet.of(DecisionKind.SELLING)))
        .hasSize(2)
        .allSatisfy(decision -> assertThat(decision).isInstanceOf(SellingDecision.class));
  }

  @Test
  void decisions_withOddValues_keepWhatIsReadable() throws Exception {
    CoordinatorSchema.create(database(), 4);
    try (CoordinatorWriter writer = CoordinatorWriter.open(database(), WARSAW)) {
      String base = writer.timestamp(T);
      // "Unknown" state of charge, NaN price, a nested object where a number belongs
      writer.decisionRow(
          base,
          "charging",
          "wait",
          "r",
          "{\"battery_soc\": \"Unknown\", \"current_price\": NaN, \"energy_kwh\": {\"a\": 1},"
              + " \"confidence\": 0.5, \"cheapest_hour\": 25}");
      // parameters that are not JSON at all, and none
      writer.decisionRow(writer.timestamp(T.plusSeconds(1)), "charging", "charge", null, "{oops");
      writer.decisionRow(writer.timestamp(T.plusSeconds(2)), null, null, null, null);
      // timestamps in other formats: a space separator, a zone suffix, garbage
      writer.decisionRow("2026-11-23 11:00:03", "charging", "wait", null, "{}");
      writer.decisionRow("2026-11-23T10:00:04Z", "charging", "wait", null, "{}");
      writer.decisionRow("2026-11-23T11:00:05 or so", "charging", "wait", null, "{}");
    }

    List<Decision> found = history().decisions(new TimeRange(T, T.plusSeconds(60)));

    assertThat(found)
        .extracting(Decision::at)
        .containsExactly(T, T.plusSeconds(1), T.plusSeconds(2), T.plusSeconds(3), T.plusSeconds(4));
    ChargingDecision odd = (ChargingDecision) found.get(0);
    assertThat(odd.batterySocPercent()).isNull();
    assertThat(odd.currentPricePlnPerKwh()).isNull();
    assertThat(odd.energyKwh()).isNull();
    assertThat(odd.cheapestHour()).isNull();
    assertThat(odd.confidence()).isEqualTo(0.5);
    assertThat(found.get(1)).isEqualTo(ChargingDecision.of(T.plusSeconds(1), "charge"));
    assertThat(found.get(2)).isEqualTo(ChargingDecision.of(T.plusSeconds(2), "unknown"));
  }

  @Test
  void decisions_acrossTheAutumnClockChange_comeInTimeOrder() throws Exception {
    CoordinatorSchema.create(database(), 4);
    // 2026-10-25 02:30 happens twice in Warsaw; the naive text cannot say which: the earlier wins.
    Instant firstHalfPast2 = Instant.parse("2026-10-25T00:30:00Z");
    try (CoordinatorWriter writer = CoordinatorWriter.open(database(), WARSAW)) {
      writer.decisionRow("2026-10-25T02:30:00", "charging", "wait", null, "{}");
      writer.decisionRow("2026-10-25T03:15:00", "charging", "wait", null, "{}");
    }

    List<Decision> found =
        history()
            .decisions(TimeRange.endingAt(firstHalfPast2.plusSeconds(7200), Duration.ofDays(1)));

    assertThat(found)
        .extracting(Decision::at)
        .containsExactly(
            firstHalfPast2, LocalDateTime.parse("2026-10-25T03:15:00").atZone(WARSAW).toInstant());
  }

  @Test
  void decisions_onEverySchemaVersion_areRead() throws Exception {
    for (int version = 1; version <= CoordinatorSchema.LATEST; version++) {
      Path file = directory.resolve("v" + version + ".db");
      CoordinatorSchema.create(file, version);
      try (CoordinatorWriter writer = CoordinatorWriter.open(file, WARSAW)) {
        writer.charging(Decisions.aCharge(T), DecisionEra.WATTS);
      }

      assertThat(
              JdbiDecisionHistory.readOnly(file, WARSAW, Duration.ofSeconds(5))
                  .decisions(new TimeRange(T, T.plusSeconds(1))))
          .hasSize(1);
    }
  }

  @Test
  void decisions_ofAMissingDatabase_failWithoutCreatingIt() {
    JdbiDecisionHistory history = history();

    assertThatThrownBy(() -> history.decisions(new TimeRange(T, T.plusSeconds(1))))
        .isInstanceOf(DecisionHistoryException.class)
        .hasMessageContaining("cannot read the coordinator's decisions");
    assertThat(Files.exists(database())).isFalse();
  }

  @Test
  void decisions_ofADatabaseWithoutTheTable_failNamingIt() throws Exception {
    CoordinatorSchema.create(database(), 1);
    try (CoordinatorWriter writer = CoordinatorWriter.open(database(), WARSAW)) {
      writer.connection().createStatement().execute("DROP TABLE coordinator_decisions");
    }

    assertThatThrownBy(() -> history().decisions(new TimeRange(T, T.plusSeconds(1))))
        .isInstanceOf(DecisionHistoryException.class)
        .hasMessageContaining("coordinator_decisions");
  }

  private static ChargingDecision at(ChargingDecision d, Instant at) {
    return new ChargingDecision(
        at,
        d.action(),
        d.chargingSource(),
        d.durationHours(),
        d.energyKwh(),
        d.estimatedCostPln(),
        d.estimatedSavingsPln(),
        d.confidence(),
        d.reason(),
        d.priority(),
        d.batterySocPercent(),
        d.pvPowerW(),
        d.houseConsumptionW(),
        d.currentPricePlnPerKwh(),
        d.cheapestPricePlnPerKwh(),
        d.cheapestHour(),
        d.tariffZone());
  }
}
