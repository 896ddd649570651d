package io.kilowatch.storage.internal;

/**
 * How the coordinator stored a charging decision in its database at different times (storage
 * reference, section 1.3).
 */
public enum DecisionEra {

  /** 2025-12-02: sent with key {@code type}, so {@code decision_type} NULL; no figures; W. */
  UNTYPED(false, false, false, false),

  /** Until 2025-12-03 21:32: no energy, cost or savings; PV power in W; no tariff zone. */
  NO_FIGURES(true, false, false, false),

  /** Until 2026-01-06: figures kept, PV power in W, no tariff zone. */
  WATTS(true, true, false, false),

  /** From 2026-01-07: PV power in kW, tariff zone kept. */
  CURRENT(true, true, true, true);

  private final boolean typed;
  private final boolean figures;
  private final boolean kilowatts;
  private final boolean tariffZone;

  DecisionEra(boolean typed, boolean figures, boolean kilowatts, boolean tariffZone) {
    this.typed = typed;
    this.figures = figures;
    this.kilowatts = kilowatts;
    this.tariffZone = tariffZone;
  }

  /** Whether {@code decision_type} is {@code charging} (else NULL). */
  public boolean typed() {
    return typed;
  }

  /** Whether energy, cost and savings are kept. */
  public boolean figures() {
    return figures;
  }

  /** Whether PV power is written in kW (else W). */
  public boolean kilowatts() {
    return kilowatts;
  }

  /** Whether the tariff zone is kept. */
  public boolean tariffZone() {
    return tariffZone;
  }
}
