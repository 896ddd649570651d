package io.kilowatch.core.testing;

import io.kilowatch.core.energy.ChargingDecision;
import io.kilowatch.core.energy.SellingDecision;
import java.time.Instant;

/** Test data: decisions with every field filled, after the reference's examples. */
public final class Decisions {

  private Decisions() {}

  /**
   * The reference's night charge ({@code charging_decision_20251118_021504.json}): 2.5 kWh at
   * 0.4765 PLN/kWh, every field known.
   */
  public static ChargingDecision aCharge(Instant at) {
    return aChargingDecision(at, "charge");
  }

  /** A charging-strategy decision with {@code action} and every field known. */
  public static ChargingDecision aChargingDecision(Instant at, String action) {
    return new ChargingDecision(
        at,
        action,
        "grid",
        0.6,
        2.5,
        1.19125,
        0.86725,
        0.8,
        "Cheap night window (0.48 PLN/kWh), SOC 41% below threshold",
        "medium",
        41.0,
        0.0,
        0.0,
        0.4765,
        0.4512,
        3,
        "T2");
  }

  /** A wait of the charging strategy, every field known. */
  public static ChargingDecision aWait(Instant at) {
    return new ChargingDecision(
        at,
        "wait",
        "grid",
        0.0,
        0.0,
        0.0,
        0.0,
        0.9,
        "Price above threshold",
        "low",
        72.0,
        2184.0,
        430.0,
        0.8123,
        0.4512,
        3,
        "T1");
  }

  /**
   * The reference's selling decision ({@code battery_selling_decision_20251118_183007.json}): start
   * selling 4 kWh, every field known.
   */
  public static SellingDecision aSale(Instant at) {
    return new SellingDecision(
        at,
        SellingDecision.ACTION,
        "start_selling",
        0.85,
        2.1888,
        5000.0,
        0.8,
        "Good selling opportunity: 92% SOC, 0.720 PLN/kWh, 2.19 PLN revenue",
        true,
        "low",
        0.72,
        92.0,
        0.0,
        1430.0,
        4.0,
        "safe",
        true,
        null);
  }
}
