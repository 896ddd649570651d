package io.kilowatch.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionRecordsTest {

  private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void chargingDecision_isOfTheChargingKindWhateverItDid() {
    assertThat(ChargingDecision.of(AT, "wait").kind()).isEqualTo(DecisionKind.CHARGING);
    assertThat(ChargingDecision.of(AT, "wait").category()).isEqualTo(DecisionCategory.WAIT);
    assertThat(ChargingDecision.of(AT, "charge").category()).isEqualTo(DecisionCategory.CHARGING);
  }

  @Test
  void sellingDecision_countsAsSellingUnlessItsOutcomeSaysOtherwise() {
    assertThat(SellingDecision.of(AT, "start_selling").category())
        .isEqualTo(DecisionCategory.SELLING);
    assertThat(SellingDecision.of(AT, null).category()).isEqualTo(DecisionCategory.SELLING);
    assertThat(SellingDecision.of(AT, "wait").category()).isEqualTo(DecisionCategory.WAIT);
    assertThat(SellingDecision.of(AT, null).kind()).isEqualTo(DecisionKind.SELLING);
  }

  @Test
  void chargingDecision_withABadCheapestHour_isRefusedNamingIt() {
    assertThatThrownBy(
            () ->
                new ChargingDecision(
                    AT, "wait", null, null, null, null, null, null, null, null, null, null, null,
                    null, null, 24, null))
        .hasMessageContaining("'cheapestHour'")
        .hasMessageContaining("24");
  }

  @Test
  void chargingDecision_withABlankAction_isRefused() {
    assertThatThrownBy(() -> ChargingDecision.of(AT, " ")).hasMessageContaining("'action'");
  }

  @Test
  void counts_addUpPerCategory() {
    DecisionCounts counts =
        DecisionCounts.of(
            List.of(
                ChargingDecision.of(AT, "charge"),
                ChargingDecision.of(AT, "start_charging"),
                ChargingDecision.of(AT, "wait"),
                SellingDecision.of(AT, "start_selling")));

    assertThat(counts).isEqualTo(new DecisionCounts(2, 1, 1));
    assertThat(counts.total()).isEqualTo(4);
    assertThat(counts.of(DecisionCategory.CHARGING)).isEqualTo(2);
  }
}
