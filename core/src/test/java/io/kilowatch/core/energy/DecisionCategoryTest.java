package io.kilowatch.core.energy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionCategoryTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "charge",
        "charging",
        "grid_charging",
        "start_charging",
        "start_pv_charging",
        "start_grid_charging",
        "start_hybrid_charging",
        " Charge ",
        "START_HYBRID_CHARGING"
      })
  void of_everyChargingActionTheCoordinatorWrites_isCharging(String action) {
    assertThat(DecisionCategory.of(action, null)).isEqualTo(DecisionCategory.CHARGING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"wait", "waiting", "idle", "something_new", ""})
  void of_waitingAndUnknownActions_isWait(String action) {
    assertThat(DecisionCategory.of(action, null)).isEqualTo(DecisionCategory.WAIT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"battery_selling", "start_selling", "continue_selling", "selling", "sell"})
  void of_everySellingAction_isSelling(String action) {
    assertThat(DecisionCategory.of(action, null)).isEqualTo(DecisionCategory.SELLING);
  }

  @ParameterizedTest
  @CsvSource({
    "battery_selling, start_selling, SELLING",
    "battery_selling, continue_selling, SELLING",
    "battery_selling, wait, WAIT",
    "battery_selling, stop_selling, WAIT",
    "wait, battery_selling, SELLING"
  })
  void of_aSellingRecord_followsItsOutcome(
      String action, String outcome, DecisionCategory expected) {
    assertThat(DecisionCategory.of(action, outcome)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"charge", "wait", "battery_selling", "start_hybrid_charging", "idle"})
  void isKnownAction_forListedNames_isTrue(String action) {
    assertThat(DecisionCategory.isKnownAction(action)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dance", "charge_later"})
  void isKnownAction_forOtherNames_isFalse(String action) {
    assertThat(DecisionCategory.isKnownAction(action)).isFalse();
  }
}
