package io.kilowatch.coordinator;

import static io.kilowatch.coordinator.CoordinatorFiles.WARSAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.energy.ChargingDecision;
import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.DecisionCounts;
import io.kilowatch.core.energy.SellingDecision;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.port.DecisionHistory;
import io.kilowatch.core.port.DecisionHistoryException;
import io.kilowatch.core.testing.DecisionHistoryContract;
import io.kilowatch.core.testing.Decisions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDecisionHistoryTest extends DecisionHistoryContract {

  /** The week runs from Monday 2026-11-16 00:00 to Monday 2026-11-23 00:00, Warsaw time. */
  private static final LocalDateTime WEEK_START = LocalDateTime.of(2026, 11, 16, 0, 0);

  private static final Instant WEEK_END = WEEK_START.plusDays(7).atZone(WARSAW).toInstant();

  @TempDir Path energyData;

  @Override
  protected DecisionHistory createHistory(List<Decision> recorded) {
    recorded.forEach(decision -> CoordinatorFiles.writeDecision(energyData, decision));
    return history();
  }

  @Test
  void decisions_ofAWeekOfFiles_countRightPerCategoryForAnHourADayAndAWeek() {
    writeAWeekOfDecisions();
    DecisionHistory history = history();

    assertThat(counts(history, Duration.ofDays(7), WEEK_END))
        .isEqualTo(new DecisionCounts(7 * 13, 7 * 83, 7));
    assertThat(counts(history, Duration.ofHours(24), WEEK_END))
        .isEqualTo(new DecisionCounts(13, 83, 1));
    Instant lastDayAt1900 = WEEK_START.plusDays(6).withHour(19).atZone(WARSAW).toInstant();
    assertThat(counts(history, Duration.ofHours(1), lastDayAt1900))
        .isEqualTo(new DecisionCounts(0, 4, 1));
    Instant lastDayAt0300 = WEEK_START.plusDays(6).withHour(3).atZone(WARSAW).toInstant();
    assertThat(counts(history, Duration.ofHours(1), lastDayAt0300))
        .isEqualTo(new DecisionCounts(4, 0, 0));
  }

  @Test
  void decisions_skipMalformedFilesAndLogWhy() throws IOException {
    writeAWeekOfDecisions();
    Instant lastDay = WEEK_END.minus(Duration.ofHours(12)).plus(Duration.ofMinutes(7));
    write("charging_decision_" + CoordinatorFiles.stamp(lastDay) + ".json", "{\"timestamp\": \"20");
    write("charging_decision_" + CoordinatorFiles.stamp(lastDay.plusSeconds(1)) + ".json", "");
    write(
        "charging_decision_" + CoordinatorFiles.stamp(lastDay.plusSeconds(2)) + ".json",
        "{\"action\": \"charge\"}");
    write(
        "battery_selling_decision_" + CoordinatorFiles.stamp(lastDay.plusSeconds(3)) + ".json",
        "{\"timestamp\": \"yesterday\", \"decision\": \"start_selling\"}");

    try (CapturedLog log = CapturedLog.of(FileDecisionHistory.class)) {
      assertThat(counts(history(), Duration.ofHours(24), WEEK_END))
          .isEqualTo(new DecisionCounts(13, 83, 1));

      assertThat(log.messages())
          .hasSize(4)
          .allMatch(message -> message.startsWith("WARNING skipping decision file"))
          .anyMatch(message -> message.endsWith("it is not one complete JSON object"))
          .anyMatch(message -> message.endsWith("it is empty"))
          .anyMatch(message -> message.endsWith("it has no 'timestamp'"))
          .anyMatch(message -> message.contains("timestamp 'yesterday' is unreadable"));
    }
  }

  @Test
  void decisions_openOnlyTheFilesStampedWithinTheRange() throws IOException {
    writeAWeekOfDecisions();
    // A broken file far outside the range: opening it would log a warning.
    write("charging_decision_20200101_000000.json", "not json");

    try (CapturedLog log = CapturedLog.of(FileDecisionHistory.class)) {
      history().decisions(TimeRange.endingAt(WEEK_END, Duration.ofHours(1)));

      assertThat(log.messages()).isEmpty();
    }
  }

  @Test
  void decisions_readChargingPowerInWattsOrKilowattsAndSellingPowerInWatts() throws IOException {
    Instant at = WEEK_END.minusSeconds(3600);
    write(
        "charging_decision_" + CoordinatorFiles.stamp(at) + ".json",
        json(at, "\"action\": \"wait\", \"pv_power\": 2.184, \"house_consumption\": 0.35"));
    write(
        "charging_decision_" + CoordinatorFiles.stamp(at.plusSeconds(900)) + ".json",
        json(
            at.plusSeconds(900),
            "\"action\": \"wait\", \"pv_power\": 2184, \"house_consumption\": 350"));
    write(
        "battery_selling_decision_" + CoordinatorFiles.stamp(at.plusSeconds(1800)) + ".json",
        json(
            at.plusSeconds(1800),
            "\"action\": \"battery_selling\", \"pv_power\": 30, \"house_consumption\": 1430"));

    List<Decision> found = history().decisions(TimeRange.endingAt(WEEK_END, Duration.ofHours(2)));

    assertThat(found).hasSize(3);
    ChargingDecision inKilowatts = (ChargingDecision) found.get(0);
    ChargingDecision inWatts = (ChargingDecision) found.get(1);
    SellingDecision selling = (SellingDecision) found.get(2);
    assertThat(inKilowatts.pvPowerW()).isEqualTo(2184.0);
    assertThat(inKilowatts.houseConsumptionW()).isEqualTo(350.0);
    assertThat(inWatts.pvPowerW()).isEqualTo(2184.0);
    assertThat(inWatts.houseConsumptionW()).isEqualTo(350.0);
    assertThat(selling.pvPowerW()).isEqualTo(30.0);
    assertThat(selling.houseConsumptionW()).isEqualTo(1430.0);
  }

  @Test
  void decisions_ofTheReferenceSamples_readEveryField() throws IOException {
    copyResource("charging_decision_20251118_021504.json");
    copyResource("battery_selling_decision_20251118_183007.json");

    List<Decision> found =
        history()
            .decisions(
                new TimeRange(
                    Instant.parse("2025-11-18T00:00:00Z"), Instant.parse("2025-11-19T00:00:00Z")));

    assertThat(found)
        .containsExactly(
            Decisions.aCharge(Instant.parse("2025-11-18T01:15:04.318722Z")),
            Decisions.aSale(Instant.parse("2025-11-18T17:30:07.902113Z")));
  }

  @Test
  void decisions_ofAMissingDirectory_failNamingIt() {
    DecisionHistory missing = new FileDecisionHistory(energyData.resolve("gone"), WARSAW);

    assertThatThrownBy(() -> missing.decisions(TimeRange.endingAt(WEEK_END, Duration.ofDays(1))))
        .isInstanceOf(DecisionHistoryException.class)
        .hasMessageContaining("gone")
        .hasMessageContaining("does not exist");
  }

  /**
   * 96 charging-strategy decisions a day: charge 02:00–04:45 (12), a hybrid charge at 12:30 (1),
   * wait otherwise (83); and a sale at 18:30 every day.
   */
  private void writeAWeekOfDecisions() {
    for (int day = 0; day < 7; day++) {
      for (int quarter = 0; quarter < 96; quarter++) {
        Instant at =
            WEEK_START
                .plusDays(day)
                .plusMinutes(15L * quarter)
                .atZone(WARSAW)
                .toInstant()
                .plusMillis(318 + quarter);
        String action =
            quarter >= 8 && quarter < 20
                ? "charge"
                : quarter == 50 ? "start_hybrid_charging" : "wait";
        CoordinatorFiles.writeDecision(energyData, Decisions.aChargingDecision(at, action));
      }
      Instant sale =
          WEEK_START.plusDays(day).withHour(18).withMinute(30).atZone(WARSAW).toInstant();
      CoordinatorFiles.writeDecision(energyData, Decisions.aSale(sale.plusSeconds(7)));
    }
  }

  private static DecisionCounts counts(DecisionHistory history, Duration length, Instant end) {
    return DecisionCounts.of(history.decisions(TimeRange.endingAt(end, length)));
  }

  private FileDecisionHistory history() {
    return new FileDecisionHistory(energyData, WARSAW);
  }

  private static String json(Instant at, String fields) {
    return "{\"timestamp\": \"" + CoordinatorFiles.isoformat(at) + "\", " + fields + "}";
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(energyData.resolve(name), text);
  }

  private void copyResource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/coordinator/" + name)) {
      Files.copy(in, energyData.resolve(name));
    }
  }
}
