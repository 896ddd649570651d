package io.kilowatch.core.energy;

/**
 * Which of the coordinator's engines made a decision, i.e. which kind of record it wrote. This is
 * not what the decision did: a charging-engine decision may well be to wait (see {@link
 * DecisionCategory}).
 */
public enum DecisionKind {

  /**
   * The charging strategy, every 15 minutes: {@code charging_decision_*.json}, or a database row
   * with {@code decision_type = 'charging'}. Its record is a {@link ChargingDecision}.
   */
  CHARGING,

  /**
   * The battery-selling engine: {@code battery_selling_decision_*.json}, or a database row with
   * action {@code battery_selling} (its {@code decision_type} is NULL for live rows and {@code
   * battery_selling} for imported ones). Its record is a {@link SellingDecision}.
   */
  SELLING
}
