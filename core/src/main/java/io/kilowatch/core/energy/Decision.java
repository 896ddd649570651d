package io.kilowatch.core.energy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A decision the coordinator recorded: a {@link ChargingDecision} of its charging strategy or a
 * {@link SellingDecision} of its battery-selling engine. Both eras of storage (decision files and
 * the database) produce these records; fields a store did not keep are {@code null}.
 */
public sealed interface Decision permits ChargingDecision, SellingDecision {

  /** When the decision was made. */
  Instant at();

  /** The action as the coordinator wrote it ({@code charge}, {@code wait}, ...). */
  String action();

  /** Which engine made it. */
  DecisionKind kind();

  /** What it did, by the project's one rule ({@link DecisionCategory#of}). */
  DecisionCategory category();

  /** The engine's confidence, 0.0–1.0, or {@code null} if not recorded. */
  @Nullable Double confidence();
}
