package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.util.Collection;

/**
 * How many decisions fell into each {@link DecisionCategory}.
 *
 * @param charging decisions that charged
 * @param waiting decisions that waited (including unknown actions)
 * @param selling decisions that sold
 */
public record DecisionCounts(int charging, int waiting, int selling) {

  /** No decisions. */
  public static final DecisionCounts NONE = new DecisionCounts(0, 0, 0);

  public DecisionCounts {
    requireNotNegative(charging, "charging");
    requireNotNegative(waiting, "waiting");
    requireNotNegative(selling, "selling");
  }

  /** Counts {@code decisions} by the project's one categorisation rule. */
  public static DecisionCounts of(Collection<? extends Decision> decisions) {
    requireNonNull(decisions, "'decisions' must not be null");
    int charging = 0;
    int waiting = 0;
    int selling = 0;
    for (Decision decision : decisions) {
      switch (decision.category()) {
        case CHARGING -> charging++;
        case WAIT -> waiting++;
        case SELLING -> selling++;
      }
    }
    return new DecisionCounts(charging, waiting, selling);
  }

  /** All decisions counted. */
  public int total() {
    return charging + waiting + selling;
  }

  /** The count of {@code category}. */
  public int of(DecisionCategory category) {
    requireNonNull(category, "'category' must not be null");
    return switch (category) {
      case CHARGING -> charging;
      case WAIT -> waiting;
      case SELLING -> selling;
    };
  }

  private static void requireNotNegative(int count, String name) {
    if (count < 0) {
      throw new IllegalArgumentException("'" + name + "' must not be negative, but was " + count);
    }
  }
}
